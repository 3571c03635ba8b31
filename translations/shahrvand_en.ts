<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>Shahrvand::Access::Role</name>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Senior agent</source>
        <translation>Senior agent</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Field officer</source>
        <translation>Field officer</translation>
    </message>
    <message>
        <source>Knowledge author</source>
        <translation>Knowledge author</translation>
    </message>
    <message>
        <source>Knowledge approver</source>
        <translation>Knowledge approver</translation>
    </message>
    <message>
        <source>Finance approver</source>
        <translation>Finance approver</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Api</name>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>The user name or the password is wrong.</translation>
    </message>
    <message>
        <source>This sign-in has ended; sign in again.</source>
        <translation>This sign-in has ended; sign in again.</translation>
    </message>
    <message>
        <source>The file was not accepted: %1</source>
        <translation>The file was not accepted: %1</translation>
    </message>
    <message>
        <source>If-Match must be the ETag of the record, for example &quot;42&quot;.</source>
        <translation>If-Match must be the ETag of the record, for example &quot;42&quot;.</translation>
    </message>
    <message>
        <source>Some fields are not valid; see the details.</source>
        <translation>Some fields are not valid; see the details.</translation>
    </message>
    <message>
        <source>The record was changed by someone else since you read it; read it again and repeat your change.</source>
        <translation>The record was changed by someone else since you read it; read it again and repeat your change.</translation>
    </message>
    <message>
        <source>A unique value is already taken, or a referenced record does not exist.</source>
        <translation>A unique value is already taken, or a referenced record does not exist.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Auth::PasswordHasher</name>
    <message>
        <source>The password must be at least %L1 characters long.</source>
        <translation>The password must be at least %L1 characters long.</translation>
    </message>
    <message>
        <source>The password must be at most %L1 characters long.</source>
        <translation>The password must be at most %L1 characters long.</translation>
    </message>
    <message>
        <source>The password must not be one character repeated.</source>
        <translation>The password must not be one character repeated.</translation>
    </message>
    <message>
        <source>The password must not be the user name.</source>
        <translation>The password must not be the user name.</translation>
    </message>
    <message>
        <source>The server could not store the password. Try again later; if it happens again, tell the system administrator.</source>
        <translation>The server could not store the password. Try again later; if it happens again, tell the system administrator.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Auth::Sessions</name>
    <message numerus="yes">
        <source>%Ln second(s)</source>
        <translation>
            <numerusform>%Ln second</numerusform>
            <numerusform>%Ln seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln minute</numerusform>
            <numerusform>%Ln minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>The user name or password is wrong. Because of repeated failures, the next attempt is possible in %1.</source>
        <translation>The user name or password is wrong. Because of repeated failures, the next attempt is possible in %1.</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>The user name or password is wrong.</translation>
    </message>
    <message>
        <source>Too many failed attempts to sign in with this user name. Try again in %1.</source>
        <translation>Too many failed attempts to sign in with this user name. Try again in %1.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>Your session has ended. Sign in again.</translation>
    </message>
    <message>
        <source>Your session was ended for your safety, because it was also used from somewhere else. Sign in again; if this happens again, tell the system administrator.</source>
        <translation>Your session was ended for your safety, because it was also used from somewhere else. Sign in again; if this happens again, tell the system administrator.</translation>
    </message>
    <message>
        <source>The server cannot sign you in at the moment. Try again in a few minutes.</source>
        <translation>The server cannot sign you in at the moment. Try again in a few minutes.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Auth::UserDirectory</name>
    <message>
        <source>The user name must be %L1 to %L2 characters long and contain only letters, digits and the signs . _ - @, without spaces.</source>
        <translation>The user name must be %L1 to %L2 characters long and contain only letters, digits and the signs . _ - @, without spaces.</translation>
    </message>
    <message>
        <source>There is already a user with this name.</source>
        <translation>There is already a user with this name.</translation>
    </message>
    <message>
        <source>Give the user at least one role.</source>
        <translation>Give the user at least one role.</translation>
    </message>
    <message>
        <source>Every user except an administrator must belong to at least one unit.</source>
        <translation>Every user except an administrator must belong to at least one unit.</translation>
    </message>
    <message>
        <source>There is no unit %1.</source>
        <translation>There is no unit %1.</translation>
    </message>
    <message>
        <source>The language must be fa (Persian) or en (English).</source>
        <translation>The language must be fa (Persian) or en (English).</translation>
    </message>
    <message>
        <source>There is no such user.</source>
        <translation>There is no such user.</translation>
    </message>
    <message>
        <source>The user could not be saved because of a server error. Try again later; if it happens again, tell the system administrator.</source>
        <translation>The user could not be saved because of a server error. Try again later; if it happens again, tell the system administrator.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Blobs::BlobError</name>
    <message>
        <source>The file could not be stored.</source>
        <translation>The file could not be stored.</translation>
    </message>
    <message>
        <source>There is no such file.</source>
        <translation>There is no such file.</translation>
    </message>
    <message>
        <source>A file is named by its SHA-256: 64 lower-case hexadecimal characters.</source>
        <translation>A file is named by its SHA-256: 64 lower-case hexadecimal characters.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation>The file is larger than %1 MB.</translation>
    </message>
    <message>
        <source>Only photos (JPEG, PNG, WebP), PDF documents and plain text can be attached.</source>
        <translation>Only photos (JPEG, PNG, WebP), PDF documents and plain text can be attached.</translation>
    </message>
    <message>
        <source>Send the file in pieces of at most %1 MB.</source>
        <translation>Send the file in pieces of at most %1 MB.</translation>
    </message>
    <message>
        <source>The upload continues at byte %1.</source>
        <translation>The upload continues at byte %1.</translation>
    </message>
    <message>
        <source>The file is longer than announced.</source>
        <translation>The file is longer than announced.</translation>
    </message>
    <message>
        <source>The file&apos;s content is not a %1 file.</source>
        <translation>The file&apos;s content is not a %1 file.</translation>
    </message>
    <message>
        <source>The file arrived damaged (its SHA-256 differs); send it again.</source>
        <translation>The file arrived damaged (its SHA-256 differs); send it again.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Entities::Validation</name>
    <message>
        <source>&quot;%1&quot; must be %2.</source>
        <translation>&quot;%1&quot; must be %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be the id of an existing record.</source>
        <translation>&quot;%1&quot; must be the id of an existing record.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date (YYYY-MM-DD).</source>
        <translation>&quot;%1&quot; is not a valid date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters.</source>
        <translation>&quot;%1&quot; is longer than %2 characters.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one of: %2.</source>
        <translation>&quot;%1&quot; must be one of: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid national ID: %2</source>
        <translation>&quot;%1&quot; is not a valid national ID: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid phone number: %2</source>
        <translation>&quot;%1&quot; is not a valid phone number: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>&quot;%1&quot; is not an email address.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be fa or en.</source>
        <translation>&quot;%1&quot; must be fa or en.</translation>
    </message>
    <message>
        <source>There is no field &quot;%1&quot; here.</source>
        <translation>There is no field &quot;%1&quot; here.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is set by the system and cannot be changed.</source>
        <translation>&quot;%1&quot; is set by the system and cannot be changed.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is required.</source>
        <translation>&quot;%1&quot; is required.</translation>
    </message>
    <message>
        <source>These records cannot be searched by text.</source>
        <translation>These records cannot be searched by text.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid tracking code: %2</source>
        <translation>&quot;%1&quot; is not a valid tracking code: %2</translation>
    </message>
</context>
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
    <name>Shahrvand::Records::AuditVerifier</name>
    <message>
        <source>row %1 was altered: its content does not match its hash</source>
        <translation>row %1 was altered: its content does not match its hash</translation>
    </message>
    <message>
        <source>row %1 is out of order: it was written as row %2</source>
        <translation>row %1 is out of order: it was written as row %2</translation>
    </message>
    <message>
        <source>row %1 is missing</source>
        <translation>row %1 is missing</translation>
    </message>
    <message>
        <source>rows %1 to %2 are missing</source>
        <translation>rows %1 to %2 are missing</translation>
    </message>
    <message>
        <source>row %1 does not follow row %2: that row was replaced, or rows between them were removed</source>
        <translation>row %1 does not follow row %2: that row was replaced, or rows between them were removed</translation>
    </message>
    <message>
        <source>the trail ends at row %1 but reached row %2 before: rows were removed from the end</source>
        <translation>the trail ends at row %1 but reached row %2 before: rows were removed from the end</translation>
    </message>
    <message>
        <source>row %1 is not the row recorded as the head earlier: the trail was rewritten from there</source>
        <translation>row %1 is not the row recorded as the head earlier: the trail was rewritten from there</translation>
    </message>
    <message>
        <source>Could not read the audit trail: %1</source>
        <translation>Could not read the audit trail: %1</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Seed::DemoSeeder</name>
    <message>
        <source>the organisation and its districts</source>
        <translation>the organisation and its districts</translation>
    </message>
    <message>
        <source>the service catalogue</source>
        <translation>the service catalogue</translation>
    </message>
    <message>
        <source>the staff, one user or more for every role</source>
        <translation>the staff, one user or more for every role</translation>
    </message>
    <message>
        <source>working hours, SLA, routing, expense and approval rules</source>
        <translation>working hours, SLA, routing, expense and approval rules</translation>
    </message>
    <message>
        <source>the knowledge base</source>
        <translation>the knowledge base</translation>
    </message>
    <message>
        <source>the citizens</source>
        <translation>the citizens</translation>
    </message>
    <message>
        <source>the cases and their history</source>
        <translation>the cases and their history</translation>
    </message>
    <message>
        <source>the missions</source>
        <translation>the missions</translation>
    </message>
    <message>
        <source>the expense claims</source>
        <translation>the expense claims</translation>
    </message>
    <message>
        <source>Could not write the demo data: %1</source>
        <translation>Could not write the demo data: %1</translation>
    </message>
    <message>
        <source>Could not read the database: %1</source>
        <translation>Could not read the database: %1</translation>
    </message>
    <message>
        <source>The demo city&apos;s organisation is missing; it cannot be completed.</source>
        <translation>The demo city&apos;s organisation is missing; it cannot be completed.</translation>
    </message>
    <message>
        <source>Writing %1...</source>
        <translation>Writing %1...</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Seed::ScaleSeeder</name>
    <message>
        <source>Could not read the database: %1</source>
        <translation>Could not read the database: %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3 written, %4 rows a second</source>
        <translation>%1: %2 of %3 written, %4 rows a second</translation>
    </message>
    <message>
        <source>Could not write generated citizens: %1</source>
        <translation>Could not write generated citizens: %1</translation>
    </message>
    <message>
        <source>Could not write generated cases: %1</source>
        <translation>Could not write generated cases: %1</translation>
    </message>
    <message>
        <source>Could not write generated articles: %1</source>
        <translation>Could not write generated articles: %1</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Server::ApiError</name>
    <message>
        <source>The request is malformed.</source>
        <translation>The request is malformed.</translation>
    </message>
    <message>
        <source>The request body is not valid JSON.</source>
        <translation>The request body is not valid JSON.</translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation>The request body must be a JSON object.</translation>
    </message>
    <message>
        <source>The request contains text that is not valid UTF-8.</source>
        <translation>The request contains text that is not valid UTF-8.</translation>
    </message>
    <message>
        <source>The request body is nested more than %1 levels deep.</source>
        <translation>The request body is nested more than %1 levels deep.</translation>
    </message>
    <message>
        <source>Your session has expired or is not valid. Sign in again.</source>
        <translation>Your session has expired or is not valid. Sign in again.</translation>
    </message>
    <message>
        <source>Sign in to do this.</source>
        <translation>Sign in to do this.</translation>
    </message>
    <message>
        <source>You do not have permission to do this.</source>
        <translation>You do not have permission to do this.</translation>
    </message>
    <message>
        <source>There is no such resource.</source>
        <translation>There is no such resource.</translation>
    </message>
    <message>
        <source>This resource does not accept this method. Allowed: %1.</source>
        <translation>This resource does not accept this method. Allowed: %1.</translation>
    </message>
    <message>
        <source>The request body is too large; the limit is %1 bytes.</source>
        <translation>The request body is too large; the limit is %1 bytes.</translation>
    </message>
    <message>
        <source>Send the request body as JSON, with the header Content-Type: application/json.</source>
        <translation>Send the request body as JSON, with the header Content-Type: application/json.</translation>
    </message>
    <message>
        <source>Send the request body with the header Content-Type: %1.</source>
        <translation>Send the request body with the header Content-Type: %1.</translation>
    </message>
    <message>
        <source>Too many requests. Wait a moment and try again.</source>
        <translation>Too many requests. Wait a moment and try again.</translation>
    </message>
    <message>
        <source>The request headers are too large.</source>
        <translation>The request headers are too large.</translation>
    </message>
    <message>
        <source>Something went wrong on the server. Try again; if it happens again, tell the administrator.</source>
        <translation>Something went wrong on the server. Try again; if it happens again, tell the administrator.</translation>
    </message>
    <message>
        <source>The server is busy. Try again in a moment.</source>
        <translation>The server is busy. Try again in a moment.</translation>
    </message>
    <message>
        <source>The server is restarting. Try again in a moment.</source>
        <translation>The server is restarting. Try again in a moment.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is required.</source>
        <translation>The field &quot;%1&quot; is required.</translation>
    </message>
    <message>
        <source>There is no field called &quot;%1&quot; here.</source>
        <translation>There is no field called &quot;%1&quot; here.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be of type %2.</source>
        <translation>The field &quot;%1&quot; must be of type %2.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be a whole number.</source>
        <translation>The field &quot;%1&quot; must be a whole number.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be between %2 and %3.</source>
        <translation>The field &quot;%1&quot; must be between %2 and %3.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is too long; at most %2 characters are allowed.</source>
        <translation>The field &quot;%1&quot; is too long; at most %2 characters are allowed.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; has too many items; at most %2 are allowed.</source>
        <translation>The field &quot;%1&quot; has too many items; at most %2 are allowed.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; contains characters that are not allowed.</source>
        <translation>The field &quot;%1&quot; contains characters that are not allowed.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be one of: %2.</source>
        <translation>The field &quot;%1&quot; must be one of: %2.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is given more than once.</source>
        <translation>The field &quot;%1&quot; is given more than once.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Server::ApiServer</name>
    <message>
        <source>Could not listen on %1; is another program using that port?</source>
        <translation>Could not listen on %1; is another program using that port?</translation>
    </message>
    <message>
        <source>Could not listen on %1: %2</source>
        <translation>Could not listen on %1: %2</translation>
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
    <name>Shahrvand::Server::ServerConfig</name>
    <message>
        <source>%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>%1 must be true or false, not &quot;%2&quot;.</source>
        <translation>%1 must be true or false, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>cannot read the configuration file %1.</source>
        <translation>cannot read the configuration file %1.</translation>
    </message>
    <message>
        <source>the configuration file %1 is not a valid INI file.</source>
        <translation>the configuration file %1 is not a valid INI file.</translation>
    </message>
    <message>
        <source>the configuration file %1 has an unknown setting &quot;%2&quot;; the settings are: %3.</source>
        <translation>the configuration file %1 has an unknown setting &quot;%2&quot;; the settings are: %3.</translation>
    </message>
    <message>
        <source>give both --tls-cert and --tls-key, or neither.</source>
        <translation>give both --tls-cert and --tls-key, or neither.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Server::TlsIdentity</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>TLS is not available: the OpenSSL library could not be loaded.</source>
        <translation>TLS is not available: the OpenSSL library could not be loaded.</translation>
    </message>
    <message>
        <source>%1 holds no certificate; give the PEM file of the server&apos;s certificate (followed by any intermediate certificates).</source>
        <translation>%1 holds no certificate; give the PEM file of the server&apos;s certificate (followed by any intermediate certificates).</translation>
    </message>
    <message>
        <source>the certificate in %1 expired on %2; renew it.</source>
        <translation>the certificate in %1 expired on %2; renew it.</translation>
    </message>
    <message>
        <source>the private key in %1 is protected by a passphrase; the server needs it unencrypted (readable only by the service&apos;s user).</source>
        <translation>the private key in %1 is protected by a passphrase; the server needs it unencrypted (readable only by the service&apos;s user).</translation>
    </message>
    <message>
        <source>%1 holds no private key that can be used (RSA or EC, in PEM form).</source>
        <translation>%1 holds no private key that can be used (RSA or EC, in PEM form).</translation>
    </message>
    <message>
        <source>the private key in %1 does not belong to the certificate in %2 (%3).</source>
        <translation>the private key in %1 does not belong to the certificate in %2 (%3).</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Storage::Database</name>
    <message>
        <source>The Qt SQL driver %1 is not installed (Debian package %2).</source>
        <translation>The Qt SQL driver %1 is not installed (Debian package %2).</translation>
    </message>
    <message>
        <source>Could not open the database %1: %2</source>
        <translation>Could not open the database %1: %2</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Storage::DatabaseUrl</name>
    <message>
        <source>Give the SQLite database file after &quot;sqlite:&quot;, for example sqlite:/var/lib/shahrvand/shahrvand.db.</source>
        <translation>Give the SQLite database file after &quot;sqlite:&quot;, for example sqlite:/var/lib/shahrvand/shahrvand.db.</translation>
    </message>
    <message>
        <source>An in-memory database would lose every record when the server stops; give a file path.</source>
        <translation>An in-memory database would lose every record when the server stops; give a file path.</translation>
    </message>
    <message>
        <source>The PostgreSQL address is not a valid URL: %1</source>
        <translation>The PostgreSQL address is not a valid URL: %1</translation>
    </message>
    <message>
        <source>Give the PostgreSQL database name after the host, for example postgres://shahrvand@localhost/shahrvand.</source>
        <translation>Give the PostgreSQL database name after the host, for example postgres://shahrvand@localhost/shahrvand.</translation>
    </message>
    <message>
        <source>The database address must start with sqlite: or postgres://.</source>
        <translation>The database address must start with sqlite: or postgres://.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Storage::Migrator</name>
    <message>
        <source>The database cannot be reached.</source>
        <translation>The database cannot be reached.</translation>
    </message>
    <message>
        <source>Could not read the schema version: %1</source>
        <translation>Could not read the schema version: %1</translation>
    </message>
    <message>
        <source>This program knows schema versions up to %1, not %2.</source>
        <translation>This program knows schema versions up to %1, not %2.</translation>
    </message>
    <message>
        <source>The database has schema version %1 but this program only knows up to %2: it was written by a newer Shahrvand server. Upgrade this server.</source>
        <translation>The database has schema version %1 but this program only knows up to %2: it was written by a newer Shahrvand server. Upgrade this server.</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this program.</source>
        <translation>Migration %1 is missing from this program.</translation>
    </message>
    <message>
        <source>Could not start migration %1: %2</source>
        <translation>Could not start migration %1: %2</translation>
    </message>
    <message>
        <source>Could not lock the schema: %1</source>
        <translation>Could not lock the schema: %1</translation>
    </message>
    <message>
        <source>Could not create the schema table: %1</source>
        <translation>Could not create the schema table: %1</translation>
    </message>
    <message>
        <source>Migration %1 failed: %2
In: %3</source>
        <translation>Migration %1 failed: %2
In: %3</translation>
    </message>
    <message>
        <source>Could not record migration %1: %2</source>
        <translation>Could not record migration %1: %2</translation>
    </message>
    <message>
        <source>Could not commit migration %1: %2</source>
        <translation>Could not commit migration %1: %2</translation>
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
    <message>
        <source>The database: sqlite:/path/file.db or postgres://user@host/name.</source>
        <translation>The database: sqlite:/path/file.db or postgres://user@host/name.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>say which database to use with --db, for example --db sqlite:/var/lib/shahrvand/shahrvand.db</source>
        <translation>say which database to use with --db, for example --db sqlite:/var/lib/shahrvand/shahrvand.db</translation>
    </message>
    <message numerus="yes">
        <source>Database schema brought up to version %1 (%n migration(s) applied).</source>
        <translation>
            <numerusform>Database schema brought up to version %1 (%n migration applied).</numerusform>
            <numerusform>Database schema brought up to version %1 (%n migrations applied).</numerusform>
        </translation>
    </message>
    <message>
        <source>Adds a user. The password is read from the first line of standard input.</source>
        <translation>Adds a user. The password is read from the first line of standard input.</translation>
    </message>
    <message>
        <source>The user name to sign in with.</source>
        <translation>The user name to sign in with.</translation>
    </message>
    <message>
        <source>A role of the user (repeat for more): %1.</source>
        <translation>A role of the user (repeat for more): %1.</translation>
    </message>
    <message>
        <source>The code of a unit the user belongs to (repeat for more). Only an administrator may have none.</source>
        <translation>The code of a unit the user belongs to (repeat for more). Only an administrator may have none.</translation>
    </message>
    <message>
        <source>The name shown to others (default: the user name).</source>
        <translation>The name shown to others (default: the user name).</translation>
    </message>
    <message>
        <source>The user&apos;s language: fa or en (default fa).</source>
        <translation>The user&apos;s language: fa or en (default fa).</translation>
    </message>
    <message>
        <source>say which user name to create with --username</source>
        <translation>say which user name to create with --username</translation>
    </message>
    <message>
        <source>give the user at least one --role; the roles are: %1</source>
        <translation>give the user at least one --role; the roles are: %1</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;; the roles are: %2</source>
        <translation>unknown role &quot;%1&quot;; the roles are: %2</translation>
    </message>
    <message>
        <source>the language must be fa or en, not &quot;%1&quot;</source>
        <translation>the language must be fa or en, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>give the user a unit with --unit; only an administrator may have none</source>
        <translation>give the user a unit with --unit; only an administrator may have none</translation>
    </message>
    <message>
        <source>no password: write it as the first line of standard input</source>
        <translation>no password: write it as the first line of standard input</translation>
    </message>
    <message>
        <source>could not begin a transaction: %1</source>
        <translation>could not begin a transaction: %1</translation>
    </message>
    <message>
        <source>there is no unit with the code &quot;%1&quot;</source>
        <translation>there is no unit with the code &quot;%1&quot;</translation>
    </message>
    <message>
        <source>there is already a user named &quot;%1&quot;</source>
        <translation>there is already a user named &quot;%1&quot;</translation>
    </message>
    <message>
        <source>could not save the user: %1</source>
        <translation>could not save the user: %1</translation>
    </message>
    <message>
        <source>Usage: shahrvand-server &lt;command&gt; [options]</source>
        <translation>Usage: shahrvand-server &lt;command&gt; [options]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Run shahrvand-server &lt;command&gt; --help for its options.</source>
        <translation>Run shahrvand-server &lt;command&gt; --help for its options.</translation>
    </message>
    <message>
        <source>answer the REST API</source>
        <translation>answer the REST API</translation>
    </message>
    <message>
        <source>bring the database schema up to date</source>
        <translation>bring the database schema up to date</translation>
    </message>
    <message>
        <source>add a user with a role and a unit (password from standard input)</source>
        <translation>add a user with a role and a unit (password from standard input)</translation>
    </message>
    <message>
        <source>check that the audit trail has not been altered</source>
        <translation>check that the audit trail has not been altered</translation>
    </message>
    <message>
        <source>fill the database with demo or benchmark data</source>
        <translation>fill the database with demo or benchmark data</translation>
    </message>
    <message>
        <source>Brings the database schema to the version this server needs.</source>
        <translation>Brings the database schema to the version this server needs.</translation>
    </message>
    <message>
        <source>The database is at schema version %1, the latest.</source>
        <translation>The database is at schema version %1, the latest.</translation>
    </message>
    <message>
        <source>Fills the database with the demo city (--demo), or with generated data at benchmark scale (--citizens, --cases, --articles). Running it again adds no second demo city.</source>
        <translation>Fills the database with the demo city (--demo), or with generated data at benchmark scale (--citizens, --cases, --articles). Running it again adds no second demo city.</translation>
    </message>
    <message>
        <source>The demo city: organisation, staff for every role, citizens, cases, knowledge base, missions.</source>
        <translation>The demo city: organisation, staff for every role, citizens, cases, knowledge base, missions.</translation>
    </message>
    <message>
        <source>Generate this many citizens.</source>
        <translation>Generate this many citizens.</translation>
    </message>
    <message>
        <source>Generate this many cases.</source>
        <translation>Generate this many cases.</translation>
    </message>
    <message>
        <source>Generate this many knowledge articles.</source>
        <translation>Generate this many knowledge articles.</translation>
    </message>
    <message>
        <source>Generated rows per transaction (default 20000).</source>
        <translation>Generated rows per transaction (default 20000).</translation>
    </message>
    <message>
        <source>--citizens, --cases, --articles and --batch take a whole number</source>
        <translation>--citizens, --cases, --articles and --batch take a whole number</translation>
    </message>
    <message>
        <source>say what to seed: --demo, or --citizens, --cases and --articles</source>
        <translation>say what to seed: --demo, or --citizens, --cases and --articles</translation>
    </message>
    <message>
        <source>The demo city is already in this database; nothing was changed.</source>
        <translation>The demo city is already in this database; nothing was changed.</translation>
    </message>
    <message>
        <source>Demo city written: %1 rows in %2 seconds.</source>
        <translation>Demo city written: %1 rows in %2 seconds.</translation>
    </message>
    <message>
        <source>Generated %1 citizens, %2 cases and %3 articles: %4 rows in %5 seconds, %6 rows a second.</source>
        <translation>Generated %1 citizens, %2 cases and %3 articles: %4 rows in %5 seconds, %6 rows a second.</translation>
    </message>
    <message>
        <source>Serve HTTPS with this certificate (PEM, followed by any intermediate certificates).</source>
        <translation>Serve HTTPS with this certificate (PEM, followed by any intermediate certificates).</translation>
    </message>
    <message>
        <source>The certificate&apos;s private key (PEM, not encrypted).</source>
        <translation>The certificate&apos;s private key (PEM, not encrypted).</translation>
    </message>
    <message>
        <source>Worker threads for requests (default: twice the processor cores).</source>
        <translation>Worker threads for requests (default: twice the processor cores).</translation>
    </message>
    <message>
        <source>Largest request body accepted, in bytes (default 1048576).</source>
        <translation>Largest request body accepted, in bytes (default 1048576).</translation>
    </message>
    <message>
        <source>Requests per second allowed to each user or address; 0 for no limit (default 50).</source>
        <translation>Requests per second allowed to each user or address; 0 for no limit (default 50).</translation>
    </message>
    <message>
        <source>Requests each user may send at once after a pause (default: twice the rate limit).</source>
        <translation>Requests each user may send at once after a pause (default: twice the rate limit).</translation>
    </message>
    <message>
        <source>Requests of one user worked on at the same time; 0 for no limit (default 8).</source>
        <translation>Requests of one user worked on at the same time; 0 for no limit (default 8).</translation>
    </message>
    <message>
        <source>Seconds to let running requests finish when asked to stop (default 10).</source>
        <translation>Seconds to let running requests finish when asked to stop (default 10).</translation>
    </message>
    <message>
        <source>Answers the Shahrvand REST API.</source>
        <translation>Answers the Shahrvand REST API.</translation>
    </message>
    <message>
        <source>Read settings from this INI file; its keys are the long option names (db, listen, tls-cert...). Options given here override it.</source>
        <translation>Read settings from this INI file; its keys are the long option names (db, listen, tls-cert...). Options given here override it.</translation>
    </message>
    <message>
        <source>Checks that no row of the audit trail was altered, removed or reordered. Keep the head it prints, and pass it with --expect-head next time to also detect rows removed from the end.</source>
        <translation>Checks that no row of the audit trail was altered, removed or reordered. Keep the head it prints, and pass it with --expect-head next time to also detect rows removed from the end.</translation>
    </message>
    <message>
        <source>The head printed by an earlier verification, as SEQ:HASH.</source>
        <translation>The head printed by an earlier verification, as SEQ:HASH.</translation>
    </message>
    <message>
        <source>--expect-head takes SEQ:HASH, for example 1042:%1</source>
        <translation>--expect-head takes SEQ:HASH, for example 1042:%1</translation>
    </message>
    <message>
        <source>audit trail intact: %1 rows, head %2 %3</source>
        <translation>audit trail intact: %1 rows, head %2 %3</translation>
    </message>
    <message>
        <source>... and %1 more problems not listed</source>
        <translation>... and %1 more problems not listed</translation>
    </message>
    <message>
        <source>audit trail NOT intact: %1 problems in %2 rows, head %3 %4</source>
        <translation>audit trail NOT intact: %1 problems in %2 rows, head %3 %4</translation>
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
