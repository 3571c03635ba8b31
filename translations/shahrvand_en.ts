<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>Shahrvand::JalaliDate</name>
    <message>
        <source>Enter a date.</source>
        <translation>Enter a date.</translation>
    </message>
    <message>
        <source>Enter the date as year/month/day, for example 1405/09/01.</source>
        <translation>Enter the date as year/month/day, for example 1405/09/01.</translation>
    </message>
    <message>
        <source>Enter the year with four digits, for example 1405.</source>
        <translation>Enter the year with four digits, for example 1405.</translation>
    </message>
    <message>
        <source>The year must be a Jalali (solar hijri) year between %1 and %2.</source>
        <translation>The year must be a Jalali (solar hijri) year between %1 and %2.</translation>
    </message>
    <message>
        <source>The month must be between 1 and 12.</source>
        <translation>The month must be between 1 and 12.</translation>
    </message>
    <message>
        <source>The month name is not recognized. Write it like 1 Azar 1405, or as 1405/09/01.</source>
        <translation>The month name is not recognized. Write it like 1 Azar 1405, or as 1405/09/01.</translation>
    </message>
    <message>
        <source>There is no such day in that month of that year.</source>
        <translation>There is no such day in that month of that year.</translation>
    </message>
    <message>
        <source>The weekday does not match the date. Check the date, or leave the weekday out.</source>
        <translation>The weekday does not match the date. Check the date, or leave the weekday out.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Money</name>
    <message>
        <source>Enter an amount.</source>
        <translation>Enter an amount.</translation>
    </message>
    <message>
        <source>Enter the amount in digits only, for example 1,250,000.</source>
        <translation>Enter the amount in digits only, for example 1,250,000.</translation>
    </message>
    <message>
        <source>Amounts are in whole rials. Remove the decimal point and what follows.</source>
        <translation>Amounts are in whole rials. Remove the decimal point and what follows.</translation>
    </message>
    <message>
        <source>The thousands separators are in the wrong place. Group the digits in threes, for example 1,250,000.</source>
        <translation>The thousands separators are in the wrong place. Group the digits in threes, for example 1,250,000.</translation>
    </message>
    <message>
        <source>Enter the amount in rials, not tomans (1 toman = 10 rials).</source>
        <translation>Enter the amount in rials, not tomans (1 toman = 10 rials).</translation>
    </message>
    <message>
        <source>The amount has too many digits.</source>
        <translation>The amount has too many digits.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::NationalId</name>
    <message>
        <source>No national ID was entered.</source>
        <translation>No national ID was entered.</translation>
    </message>
    <message>
        <source>A national ID has 10 digits; check that no digit is missing or typed twice.</source>
        <translation>A national ID has 10 digits; check that no digit is missing or typed twice.</translation>
    </message>
    <message>
        <source>A national ID contains only digits; remove any letters or other signs.</source>
        <translation>A national ID contains only digits; remove any letters or other signs.</translation>
    </message>
    <message>
        <source>A national ID cannot consist of one digit repeated ten times.</source>
        <translation>A national ID cannot consist of one digit repeated ten times.</translation>
    </message>
    <message>
        <source>This national ID is not valid; a digit is probably mistyped.</source>
        <translation>This national ID is not valid; a digit is probably mistyped.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::PhoneNumber</name>
    <message>
        <source>No phone number was entered.</source>
        <translation>No phone number was entered.</translation>
    </message>
    <message>
        <source>A phone number contains only digits, and perhaps a + at the start.</source>
        <translation>A phone number contains only digits, and perhaps a + at the start.</translation>
    </message>
    <message>
        <source>This phone number is too short. Mobile numbers look like 0912 345 6789, landlines like 021 8877 6655.</source>
        <translation>This phone number is too short. Mobile numbers look like 0912 345 6789, landlines like 021 8877 6655.</translation>
    </message>
    <message>
        <source>This phone number is too long; check for a digit typed twice.</source>
        <translation>This phone number is too long; check for a digit typed twice.</translation>
    </message>
    <message>
        <source>This is a foreign number; only Iranian phone numbers are accepted.</source>
        <translation>This is a foreign number; only Iranian phone numbers are accepted.</translation>
    </message>
    <message>
        <source>This number does not begin with an Iranian area code or mobile prefix.</source>
        <translation>This number does not begin with an Iranian area code or mobile prefix.</translation>
    </message>
    <message>
        <source>This looks like a local number; add the city&apos;s area code, for example 021.</source>
        <translation>This looks like a local number; add the city&apos;s area code, for example 021.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Server::ApiServer</name>
    <message>
        <source>Could not listen on %1; is another program using that port?</source>
        <translation>Could not listen on %1; is another program using that port?</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Server::ListenAddress</name>
    <message>
        <source>Give the address to listen on as HOST:PORT, for example 127.0.0.1:8080.</source>
        <translation>Give the address to listen on as HOST:PORT, for example 127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>Write an IPv6 address in brackets, for example [::1]:8080.</source>
        <translation>Write an IPv6 address in brackets, for example [::1]:8080.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>&quot;%1&quot; is not an IP address.</translation>
    </message>
    <message>
        <source>The port must be a number from 0 to 65535.</source>
        <translation>The port must be a number from 0 to 65535.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::TrackingCode</name>
    <message>
        <source>No tracking code was entered.</source>
        <translation>No tracking code was entered.</translation>
    </message>
    <message>
        <source>A tracking code has 9 characters, in three groups of three.</source>
        <translation>A tracking code has 9 characters, in three groups of three.</translation>
    </message>
    <message>
        <source>Tracking codes never contain the digit 0 or the letter O; please read the code again.</source>
        <translation>Tracking codes never contain the digit 0 or the letter O; please read the code again.</translation>
    </message>
    <message>
        <source>Tracking codes never contain the digit 1 or the letters I and L; please read the code again.</source>
        <translation>Tracking codes never contain the digit 1 or the letters I and L; please read the code again.</translation>
    </message>
    <message>
        <source>A tracking code has only English letters and the digits 2 to 9; check the keyboard language.</source>
        <translation>A tracking code has only English letters and the digits 2 to 9; check the keyboard language.</translation>
    </message>
    <message>
        <source>This tracking code is not valid; a character is probably misread or mistyped.</source>
        <translation>This tracking code is not valid; a character is probably misread or mistyped.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::HomePage</name>
    <message>
        <source>Shahrvand</source>
        <translation>Shahrvand</translation>
    </message>
    <message>
        <source>Citizen relationship management</source>
        <translation>Citizen relationship management</translation>
    </message>
    <message>
        <source>Every request a citizen makes, by phone, in person or online, becomes a case they can follow with its tracking code.</source>
        <translation>Every request a citizen makes, by phone, in person or online, becomes a case they can follow with its tracking code.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::MainWindow</name>
    <message>
        <source>Shahrvand</source>
        <translation>Shahrvand</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Shahrvand</source>
        <translation>&amp;About Shahrvand</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Today&apos;s date (Iran time)</source>
        <translation>Today&apos;s date (Iran time)</translation>
    </message>
    <message>
        <source>About Shahrvand</source>
        <translation>About Shahrvand</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Shahrvand %1&lt;/h3&gt;&lt;p&gt;Citizen relationship management for municipalities and public-service organisations.&lt;/p&gt;&lt;p&gt;The Vazirmatn typeface is used under the SIL Open Font License 1.1.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Shahrvand %1&lt;/h3&gt;&lt;p&gt;Citizen relationship management for municipalities and public-service organisations.&lt;/p&gt;&lt;p&gt;The Vazirmatn typeface is used under the SIL Open Font License 1.1.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ShahrvandServerCli</name>
    <message>
        <source>The Shahrvand central server.

Commands:
  serve  answer the REST API</source>
        <translation>The Shahrvand central server.

Commands:
  serve  answer the REST API</translation>
    </message>
    <message>
        <source>What to do: serve.</source>
        <translation>What to do: serve.</translation>
    </message>
    <message>
        <source>Address and port to listen on (default %1).</source>
        <translation>Address and port to listen on (default %1).</translation>
    </message>
    <message>
        <source>Serve plain HTTP on an address other than loopback. Only behind a TLS proxy.</source>
        <translation>Serve plain HTTP on an address other than loopback. Only behind a TLS proxy.</translation>
    </message>
    <message>
        <source>say what to do, for example: shahrvand-server serve</source>
        <translation>say what to do, for example: shahrvand-server serve</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see --help</source>
        <translation>unknown command &quot;%1&quot;; see --help</translation>
    </message>
    <message>
        <source>refusing to serve plain HTTP on %1: citizens&apos; data would cross the network unencrypted. Listen on 127.0.0.1 behind a TLS proxy, or pass --allow-plain-http if the network is otherwise protected.</source>
        <translation>refusing to serve plain HTTP on %1: citizens&apos; data would cross the network unencrypted. Listen on 127.0.0.1 behind a TLS proxy, or pass --allow-plain-http if the network is otherwise protected.</translation>
    </message>
</context>
<context>
    <name>ShahrvandWorkstationCli</name>
    <message>
        <source>Shahrvand citizen relationship management workstation</source>
        <translation>Shahrvand citizen relationship management workstation</translation>
    </message>
    <message>
        <source>Interface language for this run: fa or en.</source>
        <translation>Interface language for this run: fa or en.</translation>
    </message>
    <message>
        <source>Save a picture of the main window to this PNG file and exit.</source>
        <translation>Save a picture of the main window to this PNG file and exit.</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; use fa or en</source>
        <translation>unknown language &quot;%1&quot;; use fa or en</translation>
    </message>
</context>
</TS>
