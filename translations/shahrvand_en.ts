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
        <source>If-Match must be the ETag of the record, for example "42".</source>
        <translation>If-Match must be the ETag of the record, for example "42".</translation>
    </message>
    <message>
        <source>There is no field named "%1" to show.</source>
        <translation>There is no field named "%1" to show.</translation>
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
    <message>
        <source>Say why the citizen's data is erased (the request or the rule), for the audit trail.</source>
        <translation>Say why the citizen's data is erased (the request or the rule), for the audit trail.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Api::CitizenMerges</name>
    <message>
        <source>The cursor is not one this list gave; start again without it.</source>
        <translation>The cursor is not one this list gave; start again without it.</translation>
    </message>
    <message>
        <source>A citizen cannot be merged into itself.</source>
        <translation>A citizen cannot be merged into itself.</translation>
    </message>
    <message>
        <source>This citizen has already been merged into another one.</source>
        <translation>This citizen has already been merged into another one.</translation>
    </message>
    <message>
        <source>The citizen to keep has itself been merged into another one; keep that one instead.</source>
        <translation>The citizen to keep has itself been merged into another one; keep that one instead.</translation>
    </message>
    <message>
        <source>An anonymized citizen cannot be merged.</source>
        <translation>An anonymized citizen cannot be merged.</translation>
    </message>
    <message>
        <source>The two citizens have different national IDs: they are different people and cannot be merged.</source>
        <translation>The two citizens have different national IDs: they are different people and cannot be merged.</translation>
    </message>
    <message>
        <source>This merge has already been undone.</source>
        <translation>This merge has already been undone.</translation>
    </message>
    <message>
        <source>One of the two citizens has been merged again since; undo that later merge first.</source>
        <translation>One of the two citizens has been merged again since; undo that later merge first.</translation>
    </message>
    <message>
        <source>The citizen's personal data has been erased since; the merge cannot be undone.</source>
        <translation>The citizen's personal data has been erased since; the merge cannot be undone.</translation>
    </message>
    <message>
        <source>Since the merge, values the kept citizen took or records that were moved have been changed; undoing the merge would lose those changes. The details list them.</source>
        <translation>Since the merge, values the kept citizen took or records that were moved have been changed; undoing the merge would lose those changes. The details list them.</translation>
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
        <source>The file's content is not a %1 file.</source>
        <translation>The file's content is not a %1 file.</translation>
    </message>
    <message>
        <source>The file arrived damaged (its SHA-256 differs); send it again.</source>
        <translation>The file arrived damaged (its SHA-256 differs); send it again.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Cache::ApprovalInbox</name>
    <message>
        <source>Choose a decision.</source>
        <translation>Choose a decision.</translation>
    </message>
    <message>
        <source>Write why you reject it: the claimant reads it.</source>
        <translation>Write why you reject it: the claimant reads it.</translation>
    </message>
    <message>
        <source>Write what is to be corrected: the claimant reads it.</source>
        <translation>Write what is to be corrected: the claimant reads it.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Cache::CacheError</name>
    <message>
        <source>The offline copy on this computer cannot be opened. Check that the disk is not full and that you may write to your user folder.</source>
        <translation>The offline copy on this computer cannot be opened. Check that the disk is not full and that you may write to your user folder.</translation>
    </message>
    <message>
        <source>The offline copy on this computer was locked with another key and cannot be read.</source>
        <translation>The offline copy on this computer was locked with another key and cannot be read.</translation>
    </message>
    <message>
        <source>The offline copy on this computer was written by a newer version of Shahrvand. Update this program.</source>
        <translation>The offline copy on this computer was written by a newer version of Shahrvand. Update this program.</translation>
    </message>
    <message>
        <source>The offline copy on this computer could not be read or written.</source>
        <translation>The offline copy on this computer could not be read or written.</translation>
    </message>
    <message>
        <source>This kind of record is not known to this version of Shahrvand.</source>
        <translation>This kind of record is not known to this version of Shahrvand.</translation>
    </message>
    <message>
        <source>This record is no longer on this computer.</source>
        <translation>This record is no longer on this computer.</translation>
    </message>
    <message>
        <source>Some values are not valid.</source>
        <translation>Some values are not valid.</translation>
    </message>
    <message>
        <source>Your role does not allow changing this kind of record.</source>
        <translation>Your role does not allow changing this kind of record.</translation>
    </message>
    <message>
        <source>The server sent changes this program cannot read. It may run another version of Shahrvand; tell your administrator.</source>
        <translation>The server sent changes this program cannot read. It may run another version of Shahrvand; tell your administrator.</translation>
    </message>
    <message>
        <source>The file could not be read. Check that it still exists and that you may open it.</source>
        <translation>The file could not be read. Check that it still exists and that you may open it.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB. Attach a smaller one (a photo at a lower resolution, or the document in parts).</source>
        <translation>The file is larger than %1 MB. Attach a smaller one (a photo at a lower resolution, or the document in parts).</translation>
    </message>
    <message>
        <source>Only photos (JPEG, PNG, WebP), PDF documents and plain text can be attached.</source>
        <translation>Only photos (JPEG, PNG, WebP), PDF documents and plain text can be attached.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::CaseRules</name>
    <message>
        <source>This change is not possible in the case's current status.</source>
        <translation>This change is not possible in the case's current status.</translation>
    </message>
    <message>
        <source>Your role does not allow this change of the case.</source>
        <translation>Your role does not allow this change of the case.</translation>
    </message>
    <message>
        <source>Only the case's owner or a supervisor may do this.</source>
        <translation>Only the case's owner or a supervisor may do this.</translation>
    </message>
    <message>
        <source>This case is at a higher support tier than yours; ask a supervisor.</source>
        <translation>This case is at a higher support tier than yours; ask a supervisor.</translation>
    </message>
    <message>
        <source>You may take a case yourself; only a supervisor may assign it to someone else.</source>
        <translation>You may take a case yourself; only a supervisor may assign it to someone else.</translation>
    </message>
    <message>
        <source>The case is already assigned to this person.</source>
        <translation>The case is already assigned to this person.</translation>
    </message>
    <message>
        <source>The case is already with engineering, the highest support tier.</source>
        <translation>The case is already with engineering, the highest support tier.</translation>
    </message>
    <message>
        <source>The case was closed too long ago to be reopened; register a new case instead.</source>
        <translation>The case was closed too long ago to be reopened; register a new case instead.</translation>
    </message>
    <message>
        <source>A case cannot be put back to “new”; assign it or move it to another team instead.</source>
        <translation>A case cannot be put back to “new”; assign it or move it to another team instead.</translation>
    </message>
    <message>
        <source>The support tier changes only by escalating the case, one tier at a time.</source>
        <translation>The support tier changes only by escalating the case, one tier at a time.</translation>
    </message>
    <message>
        <source>The service level was breached; the SLA timer escalated the case.</source>
        <translation>The service level was breached; the SLA timer escalated the case.</translation>
    </message>
    <message>
        <source>The service level is about to be breached; the SLA timer escalated the case.</source>
        <translation>The service level is about to be breached; the SLA timer escalated the case.</translation>
    </message>
    <message>
        <source>The tracking code %1, proposed when this case was registered offline, was already in use by another case; this case's tracking code is %2. Give the citizen the new code.</source>
        <translation>The tracking code %1, proposed when this case was registered offline, was already in use by another case; this case's tracking code is %2. Give the citizen the new code.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::CaseService::Import</name>
    <message>
        <source>there is no business calendar "%1" (give its id, or its name in Persian or English).</source>
        <translation>there is no business calendar "%1" (give its id, or its name in Persian or English).</translation>
    </message>
    <message numerus="yes">
        <source>%n business calendars are named "%1"; give the id of the one you mean.</source>
        <translation>
            <numerusform>%n business calendar is named "%1"; give the id of the one you mean.</numerusform>
            <numerusform>%n business calendars are named "%1"; give the id of the one you mean.</numerusform>
        </translation>
    </message>
    <message>
        <source>the file has no holidays: one line per holiday, a Jalali date and its description, for example "1405/01/01 Nowruz".</source>
        <translation>the file has no holidays: one line per holiday, a Jalali date and its description, for example "1405/01/01 Nowruz".</translation>
    </message>
    <message>
        <source>could not begin a transaction: %1</source>
        <translation>could not begin a transaction: %1</translation>
    </message>
    <message>
        <source>the database failed while importing; nothing was changed: %1</source>
        <translation>the database failed while importing; nothing was changed: %1</translation>
    </message>
    <message>
        <source>"%1": name rows by their codes, not by ids. The fields are: %2.</source>
        <translation>"%1": name rows by their codes, not by ids. The fields are: %2.</translation>
    </message>
    <message>
        <source>there is no field "%1" in a routing rule. The fields are: %2.</source>
        <translation>there is no field "%1" in a routing rule. The fields are: %2.</translation>
    </message>
    <message>
        <source>"%1" must be written as text, for example "%2".</source>
        <translation>"%1" must be written as text, for example "%2".</translation>
    </message>
    <message>
        <source>there is no service with the code "%1".</source>
        <translation>there is no service with the code "%1".</translation>
    </message>
    <message>
        <source>there is no user named "%1".</source>
        <translation>there is no user named "%1".</translation>
    </message>
    <message>
        <source>there is no organisation unit with the code "%1".</source>
        <translation>there is no organisation unit with the code "%1".</translation>
    </message>
    <message>
        <source>the unit "%1" is not a team; cases are routed to teams.</source>
        <translation>the unit "%1" is not a team; cases are routed to teams.</translation>
    </message>
    <message>
        <source>the unit "%1" is not a district.</source>
        <translation>the unit "%1" is not a district.</translation>
    </message>
    <message>
        <source>the user "%1" is not active and cannot be given cases.</source>
        <translation>the user "%1" is not active and cannot be given cases.</translation>
    </message>
    <message>
        <source>"team_code" is required: the team the rule gives cases to.</source>
        <translation>"team_code" is required: the team the rule gives cases to.</translation>
    </message>
    <message>
        <source>the "fixed" strategy needs the owner, in "owner_username".</source>
        <translation>the "fixed" strategy needs the owner, in "owner_username".</translation>
    </message>
    <message>
        <source>"owner_username" is used only with "owner_strategy": "fixed".</source>
        <translation>"owner_username" is used only with "owner_strategy": "fixed".</translation>
    </message>
    <message>
        <source>line %1, %2: %3</source>
        <translation>line %1, %2: %3</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the file is not valid JSON (column %1): %2</source>
        <translation>the file is not valid JSON (column %1): %2</translation>
    </message>
    <message>
        <source>the file must hold a JSON array of rules: [{...}, {...}].</source>
        <translation>the file must hold a JSON array of rules: [{...}, {...}].</translation>
    </message>
    <message>
        <source>the file has no rules; importing it would leave cases without routing. Deactivate the rules instead.</source>
        <translation>the file has no rules; importing it would leave cases without routing. Deactivate the rules instead.</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>rule %1</translation>
    </message>
    <message>
        <source>a rule must be a JSON object {...}.</source>
        <translation>a rule must be a JSON object {...}.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::CaseWork</name>
    <message>
        <source>“%1” is not a day of the week; use sat, sun, mon, tue, wed, thu or fri.</source>
        <translation>“%1” is not a day of the week; use sat, sun, mon, tue, wed, thu or fri.</translation>
    </message>
    <message>
        <source>The working hours of “%1” must be a list of periods such as [["08:00","16:00"]].</source>
        <translation>The working hours of “%1” must be a list of periods such as [["08:00","16:00"]].</translation>
    </message>
    <message>
        <source>A time of “%1” is not written as hours:minutes between 00:00 and 24:00.</source>
        <translation>A time of “%1” is not written as hours:minutes between 00:00 and 24:00.</translation>
    </message>
    <message>
        <source>A working period of “%1” ends before it starts.</source>
        <translation>A working period of “%1” ends before it starts.</translation>
    </message>
    <message>
        <source>The working periods of “%1” overlap or are out of order.</source>
        <translation>The working periods of “%1” overlap or are out of order.</translation>
    </message>
    <message>
        <source>The calendar has no working hours on any day.</source>
        <translation>The calendar has no working hours on any day.</translation>
    </message>
    <message>
        <source>The time zone “%1” is not supported; use Asia/Tehran or a fixed offset such as +03:30.</source>
        <translation>The time zone “%1” is not supported; use Asia/Tehran or a fixed offset such as +03:30.</translation>
    </message>
    <message>
        <source>Line %1 (“%2”): %3</source>
        <translation>Line %1 (“%2”): %3</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Waiting for the citizen</source>
        <translation>Waiting for the citizen</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Help desk</source>
        <translation>Help desk</translation>
    </message>
    <message>
        <source>Specialist team</source>
        <translation>Specialist team</translation>
    </message>
    <message>
        <source>Engineering</source>
        <translation>Engineering</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Assign</translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>Start work</translation>
    </message>
    <message>
        <source>Wait for the citizen</source>
        <translation>Wait for the citizen</translation>
    </message>
    <message>
        <source>Citizen replied</source>
        <translation>Citizen replied</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Escalate</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>“%1” is not possible while the case is “%2”.</source>
        <translation>“%1” is not possible while the case is “%2”.</translation>
    </message>
    <message>
        <source>Your role does not allow “%1” on this case.</source>
        <translation>Your role does not allow “%1” on this case.</translation>
    </message>
    <message>
        <source>Only the case's owner or a supervisor may do “%1”.</source>
        <translation>Only the case's owner or a supervisor may do “%1”.</translation>
    </message>
    <message>
        <source>This case is at a higher support tier than yours; ask a supervisor.</source>
        <translation>This case is at a higher support tier than yours; ask a supervisor.</translation>
    </message>
    <message>
        <source>You may take a case yourself; only a supervisor may assign it to someone else.</source>
        <translation>You may take a case yourself; only a supervisor may assign it to someone else.</translation>
    </message>
    <message>
        <source>Choose the person who will own the case.</source>
        <translation>Choose the person who will own the case.</translation>
    </message>
    <message>
        <source>The case is already assigned to this person.</source>
        <translation>The case is already assigned to this person.</translation>
    </message>
    <message>
        <source>Write the reason for “%1”.</source>
        <translation>Write the reason for “%1”.</translation>
    </message>
    <message>
        <source>Write how the case was resolved.</source>
        <translation>Write how the case was resolved.</translation>
    </message>
    <message>
        <source>The case is already with engineering, the highest support tier.</source>
        <translation>The case is already with engineering, the highest support tier.</translation>
    </message>
    <message>
        <source>The case was closed too long ago to be reopened; register a new case instead.</source>
        <translation>The case was closed too long ago to be reopened; register a new case instead.</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Credentials::CredentialStore</name>
    <message>
        <source>The system keychain did not answer. Your sign-in is kept only until Shahrvand closes: you will be asked for your password when you start it again.</source>
        <translation>The system keychain did not answer. Your sign-in is kept only until Shahrvand closes: you will be asked for your password when you start it again.</translation>
    </message>
    <message>
        <source>The system keychain is locked or refused access. Your sign-in is kept only until Shahrvand closes: you will be asked for your password when you start it again.</source>
        <translation>The system keychain is locked or refused access. Your sign-in is kept only until Shahrvand closes: you will be asked for your password when you start it again.</translation>
    </message>
    <message>
        <source>No system keychain is available on this computer. Your sign-in is kept only until Shahrvand closes: you will be asked for your password when you start it again.</source>
        <translation>No system keychain is available on this computer. Your sign-in is kept only until Shahrvand closes: you will be asked for your password when you start it again.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Entities::Validation</name>
    <message>
        <source>"%1" must be %2.</source>
        <translation>"%1" must be %2.</translation>
    </message>
    <message>
        <source>"%1" must be the id of an existing record.</source>
        <translation>"%1" must be the id of an existing record.</translation>
    </message>
    <message>
        <source>"%1" is not a valid date (YYYY-MM-DD).</source>
        <translation>"%1" is not a valid date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>"%1" is longer than %2 characters.</source>
        <translation>"%1" is longer than %2 characters.</translation>
    </message>
    <message>
        <source>"%1" must be one of: %2.</source>
        <translation>"%1" must be one of: %2.</translation>
    </message>
    <message>
        <source>"%1" is not a valid national ID: %2</source>
        <translation>"%1" is not a valid national ID: %2</translation>
    </message>
    <message>
        <source>"%1" is not a valid phone number: %2</source>
        <translation>"%1" is not a valid phone number: %2</translation>
    </message>
    <message>
        <source>"%1" is not an email address.</source>
        <translation>"%1" is not an email address.</translation>
    </message>
    <message>
        <source>"%1" must be fa or en.</source>
        <translation>"%1" must be fa or en.</translation>
    </message>
    <message>
        <source>There is no field "%1" here.</source>
        <translation>There is no field "%1" here.</translation>
    </message>
    <message>
        <source>"%1" is set by the system and cannot be changed.</source>
        <translation>"%1" is set by the system and cannot be changed.</translation>
    </message>
    <message>
        <source>"%1" is required.</source>
        <translation>"%1" is required.</translation>
    </message>
    <message>
        <source>These records cannot be searched by text.</source>
        <translation>These records cannot be searched by text.</translation>
    </message>
    <message>
        <source>"%1" is not a valid tracking code: %2</source>
        <translation>"%1" is not a valid tracking code: %2</translation>
    </message>
    <message>
        <source>Write the reason for this change of the case.</source>
        <translation>Write the reason for this change of the case.</translation>
    </message>
    <message>
        <source>Write how the case was resolved.</source>
        <translation>Write how the case was resolved.</translation>
    </message>
    <message>
        <source>Choose the person who will own the case.</source>
        <translation>Choose the person who will own the case.</translation>
    </message>
    <message>
        <source>The file "%1" names has not been uploaded completely.</source>
        <translation>The file "%1" names has not been uploaded completely.</translation>
    </message>
    <message>
        <source>Give the period as two dates, YYYY-MM-DD, the last one not before the first and at most 400 days after it.</source>
        <translation>Give the period as two dates, YYYY-MM-DD, the last one not before the first and at most 400 days after it.</translation>
    </message>
    <message>
        <source>"%1" is not a field of a citizen to choose in a merge, or its choice is neither "survivor" nor "merged".</source>
        <translation>"%1" is not a field of a citizen to choose in a merge, or its choice is neither "survivor" nor "merged".</translation>
    </message>
</context>
<context>
    <name>Shahrvand::EntityStore::ErasedCitizens</name>
    <message>
        <source>This citizen's personal data was erased; nothing about them can be recorded again. The change was not saved.</source>
        <translation>This citizen's personal data was erased; nothing about them can be recorded again. The change was not saved.</translation>
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
    <name>Shahrvand::KnowledgeRules</name>
    <message>
        <source>Only the knowledge team may change an article once it has been written.</source>
        <translation>Only the knowledge team may change an article once it has been written.</translation>
    </message>
    <message>
        <source>A new article starts as a draft or in review; it is approved and published afterwards.</source>
        <translation>A new article starts as a draft or in review; it is approved and published afterwards.</translation>
    </message>
    <message>
        <source>An article proposed from the front office goes to review first.</source>
        <translation>An article proposed from the front office goes to review first.</translation>
    </message>
    <message>
        <source>An article cannot move to this status from its current one.</source>
        <translation>An article cannot move to this status from its current one.</translation>
    </message>
    <message>
        <source>Only a knowledge approver may approve, publish, archive or return an article.</source>
        <translation>Only a knowledge approver may approve, publish, archive or return an article.</translation>
    </message>
    <message>
        <source>An approved, published or archived article's text cannot change; return it to draft first.</source>
        <translation>An approved, published or archived article's text cannot change; return it to draft first.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::MissionRules</name>
    <message>
        <source>This no longer waits for a decision: it was withdrawn, cancelled, taken back or decided meanwhile.</source>
        <translation>This no longer waits for a decision: it was withdrawn, cancelled, taken back or decided meanwhile.</translation>
    </message>
    <message>
        <source>This approval step has been decided already.</source>
        <translation>This approval step has been decided already.</translation>
    </message>
    <message>
        <source>This approval step is not the one waiting for a decision now.</source>
        <translation>This approval step is not the one waiting for a decision now.</translation>
    </message>
    <message>
        <source>You are not the approver of this step, nor standing in for them.</source>
        <translation>You are not the approver of this step, nor standing in for them.</translation>
    </message>
    <message>
        <source>Nobody approves their own claim or mission.</source>
        <translation>Nobody approves their own claim or mission.</translation>
    </message>
    <message>
        <source>Say whether you approve, reject or return it.</source>
        <translation>Say whether you approve, reject or return it.</translation>
    </message>
    <message>
        <source>Give a reason when you reject or return it.</source>
        <translation>Give a reason when you reject or return it.</translation>
    </message>
    <message>
        <source>Decisions are taken here on missions and expense claims only.</source>
        <translation>Decisions are taken here on missions and expense claims only.</translation>
    </message>
    <message>
        <source>The expense claim cannot take this step from its current status.</source>
        <translation>The expense claim cannot take this step from its current status.</translation>
    </message>
    <message>
        <source>Only the claimant submits or withdraws an expense claim.</source>
        <translation>Only the claimant submits or withdraws an expense claim.</translation>
    </message>
    <message>
        <source>Only finance marks an expense claim as paid.</source>
        <translation>Only finance marks an expense claim as paid.</translation>
    </message>
    <message>
        <source>Expense claims are approved, rejected or returned by their approvers' decisions.</source>
        <translation>Expense claims are approved, rejected or returned by their approvers' decisions.</translation>
    </message>
    <message>
        <source>A new expense claim starts as a draft; submit it once its lines are written.</source>
        <translation>A new expense claim starts as a draft; submit it once its lines are written.</translation>
    </message>
    <message>
        <source>Expense claims are made in your own units.</source>
        <translation>Expense claims are made in your own units.</translation>
    </message>
    <message>
        <source>An expense claim is changed only by its claimant, while it is a draft or returned for correction.</source>
        <translation>An expense claim is changed only by its claimant, while it is a draft or returned for correction.</translation>
    </message>
    <message>
        <source>Add at least one expense line before submitting.</source>
        <translation>Add at least one expense line before submitting.</translation>
    </message>
    <message>
        <source>The expense claim breaks the expense policy; correct the lines named and submit it again.</source>
        <translation>The expense claim breaks the expense policy; correct the lines named and submit it again.</translation>
    </message>
    <message>
        <source>An expense line must be of more than zero rials.</source>
        <translation>An expense line must be of more than zero rials.</translation>
    </message>
    <message>
        <source>The amounts of this claim add up to more than can be recorded.</source>
        <translation>The amounts of this claim add up to more than can be recorded.</translation>
    </message>
    <message>
        <source>The mission order is changed only as a draft that is not waiting for approval or approved (take it back first), by its requester or the unit's supervisor.</source>
        <translation>The mission order is changed only as a draft that is not waiting for approval or approved (take it back first), by its requester or the unit's supervisor.</translation>
    </message>
    <message>
        <source>The report and the actual times are written by the people on the mission while it is issued or in progress.</source>
        <translation>The report and the actual times are written by the people on the mission while it is issued or in progress.</translation>
    </message>
    <message>
        <source>The mission cannot take this step from its current status.</source>
        <translation>The mission cannot take this step from its current status.</translation>
    </message>
    <message>
        <source>The mission order is issued only after its approval.</source>
        <translation>The mission order is issued only after its approval.</translation>
    </message>
    <message>
        <source>The mission is already waiting for approval or approved.</source>
        <translation>The mission is already waiting for approval or approved.</translation>
    </message>
    <message>
        <source>Assign someone to the mission before issuing the order.</source>
        <translation>Assign someone to the mission before issuing the order.</translation>
    </message>
    <message>
        <source>Your role may not take this step on this mission.</source>
        <translation>Your role may not take this step on this mission.</translation>
    </message>
    <message>
        <source>A new mission starts as a draft; submit it for approval once it is written.</source>
        <translation>A new mission starts as a draft; submit it for approval once it is written.</translation>
    </message>
    <message>
        <source>Missions are requested for your own units.</source>
        <translation>Missions are requested for your own units.</translation>
    </message>
    <message>
        <source>A mission does not go from this status to that one.</source>
        <translation>A mission does not go from this status to that one.</translation>
    </message>
    <message>
        <source>A mission is approved, rejected or returned by its approvers' decisions.</source>
        <translation>A mission is approved, rejected or returned by its approvers' decisions.</translation>
    </message>
    <message>
        <source>Change the mission's status and its approval in separate steps.</source>
        <translation>Change the mission's status and its approval in separate steps.</translation>
    </message>
    <message>
        <source>Nobody is sent on or taken off a mission that has ended.</source>
        <translation>Nobody is sent on or taken off a mission that has ended.</translation>
    </message>
    <message>
        <source>Only a draft mission that is not waiting for approval may be deleted, by its requester or the unit's supervisor.</source>
        <translation>Only a draft mission that is not waiting for approval may be deleted, by its requester or the unit's supervisor.</translation>
    </message>
    <message>
        <source>Only the claimant deletes a draft expense claim; a submitted one is withdrawn instead.</source>
        <translation>Only the claimant deletes a draft expense claim; a submitted one is withdrawn instead.</translation>
    </message>
    <message>
        <source>Approvals are delegated to a colleague, not to oneself.</source>
        <translation>Approvals are delegated to a colleague, not to oneself.</translation>
    </message>
    <message>
        <source>A delegation must end after it starts.</source>
        <translation>A delegation must end after it starts.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Missions::PolicyFinding</name>
    <message>
        <source>transport</source>
        <translation>transport</translation>
    </message>
    <message>
        <source>lodging</source>
        <translation>lodging</translation>
    </message>
    <message>
        <source>per diem</source>
        <translation>per diem</translation>
    </message>
    <message>
        <source>meals</source>
        <translation>meals</translation>
    </message>
    <message>
        <source>other items</source>
        <translation>other items</translation>
    </message>
    <message>
        <source>An expense line must be of more than zero rials.</source>
        <translation>An expense line must be of more than zero rials.</translation>
    </message>
    <message>
        <source>Expenses for %1 on %2 come to %3, above the daily limit of %4.</source>
        <translation>Expenses for %1 on %2 come to %3, above the daily limit of %4.</translation>
    </message>
    <message>
        <source>Expenses for %1 in this claim come to %2, above the limit of %3 for one claim.</source>
        <translation>Expenses for %1 in this claim come to %2, above the limit of %3 for one claim.</translation>
    </message>
    <message>
        <source>A receipt is needed for an expense of %1 (above %2).</source>
        <translation>A receipt is needed for an expense of %1 (above %2).</translation>
    </message>
    <message>
        <source>This receipt is already attached to another expense line.</source>
        <translation>This receipt is already attached to another expense line.</translation>
    </message>
    <message>
        <source>Another expense of %1 from the same vendor on %2 was already claimed.</source>
        <translation>Another expense of %1 from the same vendor on %2 was already claimed.</translation>
    </message>
    <message>
        <source>The amounts of this claim add up to more than can be recorded.</source>
        <translation>The amounts of this claim add up to more than can be recorded.</translation>
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
        <source>This looks like a local number; add the city's area code, for example 021.</source>
        <translation>This looks like a local number; add the city's area code, for example 021.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Privacy::CitizenPrivacy</name>
    <message>
        <source>This citizen's personal data was already erased.</source>
        <translation>This citizen's personal data was already erased.</translation>
    </message>
    <message>
        <source>This citizen was merged into another record. Erase the record they were merged into: it holds their data now.</source>
        <translation>This citizen was merged into another record. Erase the record they were merged into: it holds their data now.</translation>
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
        <source>The demo city's organisation is missing; it cannot be completed.</source>
        <translation>The demo city's organisation is missing; it cannot be completed.</translation>
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
        <source>The field "%1" is required.</source>
        <translation>The field "%1" is required.</translation>
    </message>
    <message>
        <source>There is no field called "%1" here.</source>
        <translation>There is no field called "%1" here.</translation>
    </message>
    <message>
        <source>The field "%1" must be of type %2.</source>
        <translation>The field "%1" must be of type %2.</translation>
    </message>
    <message>
        <source>The field "%1" must be a whole number.</source>
        <translation>The field "%1" must be a whole number.</translation>
    </message>
    <message>
        <source>The field "%1" must be between %2 and %3.</source>
        <translation>The field "%1" must be between %2 and %3.</translation>
    </message>
    <message>
        <source>The field "%1" is too long; at most %2 characters are allowed.</source>
        <translation>The field "%1" is too long; at most %2 characters are allowed.</translation>
    </message>
    <message>
        <source>The field "%1" has too many items; at most %2 are allowed.</source>
        <translation>The field "%1" has too many items; at most %2 are allowed.</translation>
    </message>
    <message>
        <source>The field "%1" contains characters that are not allowed.</source>
        <translation>The field "%1" contains characters that are not allowed.</translation>
    </message>
    <message>
        <source>The field "%1" must be one of: %2.</source>
        <translation>The field "%1" must be one of: %2.</translation>
    </message>
    <message>
        <source>The field "%1" is given more than once.</source>
        <translation>The field "%1" is given more than once.</translation>
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
        <source>"%1" is not an IP address.</source>
        <translation>"%1" is not an IP address.</translation>
    </message>
    <message>
        <source>The port must be a number from 0 to 65535.</source>
        <translation>The port must be a number from 0 to 65535.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Server::ServerConfig</name>
    <message>
        <source>%1 must be a whole number from %2 to %3, not "%4".</source>
        <translation>%1 must be a whole number from %2 to %3, not "%4".</translation>
    </message>
    <message>
        <source>%1 must be true or false, not "%2".</source>
        <translation>%1 must be true or false, not "%2".</translation>
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
        <source>the configuration file %1 has an unknown setting "%2"; the settings are: %3.</source>
        <translation>the configuration file %1 has an unknown setting "%2"; the settings are: %3.</translation>
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
        <source>%1 holds no certificate; give the PEM file of the server's certificate (followed by any intermediate certificates).</source>
        <translation>%1 holds no certificate; give the PEM file of the server's certificate (followed by any intermediate certificates).</translation>
    </message>
    <message>
        <source>the certificate in %1 expired on %2; renew it.</source>
        <translation>the certificate in %1 expired on %2; renew it.</translation>
    </message>
    <message>
        <source>the private key in %1 is protected by a passphrase; the server needs it unencrypted (readable only by the service's user).</source>
        <translation>the private key in %1 is protected by a passphrase; the server needs it unencrypted (readable only by the service's user).</translation>
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
        <source>Give the SQLite database file after "sqlite:", for example sqlite:/var/lib/shahrvand/shahrvand.db.</source>
        <translation>Give the SQLite database file after "sqlite:", for example sqlite:/var/lib/shahrvand/shahrvand.db.</translation>
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
    <name>Shahrvand::SyncClient::ApiFailure</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>The server did not answer in time.</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>The server cannot be reached: %1</translation>
    </message>
    <message>
        <source>The server's answer could not be read.</source>
        <translation>The server's answer could not be read.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>The server refused the request (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>Shahrvand::SyncClient::BlobFetcher</name>
    <message>
        <source>This file's record is damaged: it does not name a file on the server.</source>
        <translation>This file's record is damaged: it does not name a file on the server.</translation>
    </message>
    <message>
        <source>Sign in to the server to fetch this file.</source>
        <translation>Sign in to the server to fetch this file.</translation>
    </message>
    <message>
        <source>Your sign-in has expired: sign in again to fetch files.</source>
        <translation>Your sign-in has expired: sign in again to fetch files.</translation>
    </message>
    <message>
        <source>The server does not have this file (yet): it may not have been sent by the computer it was attached on.</source>
        <translation>The server does not have this file (yet): it may not have been sent by the computer it was attached on.</translation>
    </message>
    <message>
        <source>The file arrived damaged. Try again.</source>
        <translation>The file arrived damaged. Try again.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::SyncClient::ServerQuery</name>
    <message>
        <source>Sign in to the server to see these figures.</source>
        <translation>Sign in to the server to see these figures.</translation>
    </message>
    <message>
        <source>Your sign-in has expired: sign in again.</source>
        <translation>Your sign-in has expired: sign in again.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::SyncClient::SyncWorker</name>
    <message>
        <source>Synchronization was cancelled; it continues from here next time.</source>
        <translation>Synchronization was cancelled; it continues from here next time.</translation>
    </message>
    <message>
        <source>The server asks you to sign in again. Your changes are kept on this computer.</source>
        <translation>The server asks you to sign in again. Your changes are kept on this computer.</translation>
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
    <name>Shahrvand::Ui::ApprovalDetails</name>
    <message>
        <source>Not applied</source>
        <translation>Not applied</translation>
    </message>
    <message>
        <source>%1 (you stand in for them)</source>
        <translation>%1 (you stand in for them)</translation>
    </message>
    <message>
        <source>You, by name</source>
        <translation>You, by name</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Addressed to</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>Waiting since</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Not in this computer's copy yet: they arrive with the next sync.</source>
        <translation>Not in this computer's copy yet: they arrive with the next sync.</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Claimant</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>For the mission</source>
        <translation>For the mission</translation>
    </message>
    <message>
        <source>Expense lines</source>
        <translation>Expense lines</translation>
    </message>
    <message>
        <source>None in this computer's copy</source>
        <translation>None in this computer's copy</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Attached</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Assignees</source>
        <translation>Assignees</translation>
    </message>
    <message>
        <source>Linked cases</source>
        <translation>Linked cases</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 for %2</translation>
    </message>
    <message>
        <source>Choose an item to see what it asks to approve.</source>
        <translation>Choose an item to see what it asks to approve.</translation>
    </message>
    <message>
        <source>Receipt of the chosen line</source>
        <translation>Receipt of the chosen line</translation>
    </message>
    <message>
        <source>Earlier decisions</source>
        <translation>Earlier decisions</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Approver</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>Approve the chosen item</source>
        <translation>Approve the chosen item</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Reject…</translation>
    </message>
    <message>
        <source>Reject it, with the reason</source>
        <translation>Reject it, with the reason</translation>
    </message>
    <message>
        <source>Return for correc&amp;tion…</source>
        <translation>Return for correc&amp;tion…</translation>
    </message>
    <message>
        <source>Return it to the claimant for correction, with the reason</source>
        <translation>Return it to the claimant for correction, with the reason</translation>
    </message>
    <message>
        <source>%1, for %2 (you stand in for them)</source>
        <translation>%1, for %2 (you stand in for them)</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::ApprovalInboxModel</name>
    <message>
        <source>Waiting for approval</source>
        <translation>Waiting for approval</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Claimant</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>Waiting since</translation>
    </message>
    <message>
        <source>This computer's copy of the approvals could not be read.</source>
        <translation>This computer's copy of the approvals could not be read.</translation>
    </message>
    <message>
        <source>For %1 — %2</source>
        <translation>For %1 — %2</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::ApprovalText</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 ago</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Budgeted</source>
        <translation>Budgeted</translation>
    </message>
    <message>
        <source>Not budgeted</source>
        <translation>Not budgeted</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Returned for correction</source>
        <translation>Returned for correction</translation>
    </message>
    <message>
        <source>Your decision: %1</source>
        <translation>Your decision: %1</translation>
    </message>
    <message>
        <source>Your reason: %1</source>
        <translation>Your reason: %1</translation>
    </message>
    <message>
        <source>Cancelled meanwhile: your decision was not applied.</source>
        <translation>Cancelled meanwhile: your decision was not applied.</translation>
    </message>
    <message>
        <source>Withdrawn by the claimant meanwhile: your decision was not applied.</source>
        <translation>Withdrawn by the claimant meanwhile: your decision was not applied.</translation>
    </message>
    <message>
        <source>Someone else decided this step meanwhile (%1): your decision was not applied.</source>
        <translation>Someone else decided this step meanwhile (%1): your decision was not applied.</translation>
    </message>
    <message>
        <source>It no longer waits for approval (now: %1): your decision was not applied.</source>
        <translation>It no longer waits for approval (now: %1): your decision was not applied.</translation>
    </message>
    <message>
        <source>It no longer waits for a decision (withdrawn, cancelled, taken back or decided meanwhile): your decision was not applied.</source>
        <translation>It no longer waits for a decision (withdrawn, cancelled, taken back or decided meanwhile): your decision was not applied.</translation>
    </message>
    <message>
        <source>The server did not apply your decision: %1</source>
        <translation>The server did not apply your decision: %1</translation>
    </message>
    <message>
        <source>The server did not apply your decision.</source>
        <translation>The server did not apply your decision.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::ApprovalsPage</name>
    <message>
        <source>Waiting for approval</source>
        <translation>Waiting for approval</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <source>Expense claims</source>
        <translation>Expense claims</translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting</source>
        <translation>
            <numerusform>%Ln waiting</numerusform>
            <numerusform>%Ln waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve selected small claims</source>
        <translation>Approve selected small claims</translation>
    </message>
    <message>
        <source>Expense claims of at most %1 each can be approved together.</source>
        <translation>Expense claims of at most %1 each can be approved together.</translation>
    </message>
    <message>
        <source>No mission waits for your approval.</source>
        <translation>No mission waits for your approval.</translation>
    </message>
    <message>
        <source>No expense claim waits for your approval.</source>
        <translation>No expense claim waits for your approval.</translation>
    </message>
    <message>
        <source>Nothing waits for your approval.</source>
        <translation>Nothing waits for your approval.</translation>
    </message>
    <message>
        <source>Working offline: your decisions are kept on this computer and sent to the server with the next sync.</source>
        <translation>Working offline: your decisions are kept on this computer and sent to the server with the next sync.</translation>
    </message>
    <message>
        <source>Waiting (%1)</source>
        <translation>Waiting (%1)</translation>
    </message>
    <message>
        <source>Decided here, waiting to sync (%1)</source>
        <translation>Decided here, waiting to sync (%1)</translation>
    </message>
    <message>
        <source>Not applied (%1)</source>
        <translation>Not applied (%1)</translation>
    </message>
    <message>
        <source>Decisions made on this computer. They left the list and go to the server with the next sync.</source>
        <translation>Decisions made on this computer. They left the list and go to the server with the next sync.</translation>
    </message>
    <message>
        <source>Your decision</source>
        <translation>Your decision</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Decisions the server did not apply, with what you decided and wrote. Nothing was sent again; read them and dismiss them.</source>
        <translation>Decisions the server did not apply, with what you decided and wrote. Nothing was sent again; read them and dismiss them.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of your decisions could not be applied. &lt;a href="refused"&gt;See why&lt;/a&gt;</source>
        <translation>
            <numerusform>%Ln of your decisions could not be applied. &lt;a href="refused"&gt;See why&lt;/a&gt;</numerusform>
            <numerusform>%Ln of your decisions could not be applied. &lt;a href="refused"&gt;See why&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve the chosen item</source>
        <translation>Approve the chosen item</translation>
    </message>
    <message>
        <source>Reject the chosen item…</source>
        <translation>Reject the chosen item…</translation>
    </message>
    <message>
        <source>Return the chosen item for correction…</source>
        <translation>Return the chosen item for correction…</translation>
    </message>
    <message>
        <source>Approve the selected small claims</source>
        <translation>Approve the selected small claims</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Return for correction</source>
        <translation>Return for correction</translation>
    </message>
    <message>
        <source>Why do you reject “%1”? The claimant reads your reason.</source>
        <translation>Why do you reject “%1”? The claimant reads your reason.</translation>
    </message>
    <message>
        <source>What is to be corrected in “%1”? The claimant reads it.</source>
        <translation>What is to be corrected in “%1”? The claimant reads it.</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Approve together</source>
        <translation>Approve together</translation>
    </message>
    <message>
        <source>Choose an item first.</source>
        <translation>Choose an item first.</translation>
    </message>
    <message>
        <source>“%1” no longer waits for your decision.</source>
        <translation>“%1” no longer waits for your decision.</translation>
    </message>
    <message>
        <source>%1: %2. It goes to the server with the next sync.</source>
        <translation>%1: %2. It goes to the server with the next sync.</translation>
    </message>
    <message>
        <source>Select the claims to approve first.</source>
        <translation>Select the claims to approve first.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) above %1</source>
        <translation>
            <numerusform>%Ln claim above %1</numerusform>
            <numerusform>%Ln claims above %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mission(s)</source>
        <translation>
            <numerusform>%Ln mission</numerusform>
            <numerusform>%Ln missions</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was approved: only expense claims of at most %1 each can be approved together, and the selection has %2. Decide on those one by one.</source>
        <translation>Nothing was approved: only expense claims of at most %1 each can be approved together, and the selection has %2. Decide on those one by one.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> and </translation>
    </message>
    <message numerus="yes">
        <source>Approve %Ln claim(s), %1 in all?</source>
        <translation>
            <numerusform>Approve %Ln claim, %1 in all?</numerusform>
            <numerusform>Approve %Ln claims, %1 in all?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) approved. They go to the server with the next sync.</source>
        <translation>
            <numerusform>%Ln claim approved. It goes to the server with the next sync.</numerusform>
            <numerusform>%Ln claims approved. They go to the server with the next sync.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not approved, as they no longer wait: %1</source>
        <translation>Not approved, as they no longer wait: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Delegate while away…</source>
        <translation>Delegate while away…</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::ArticleEditor</name>
    <message>
        <source>New knowledge article</source>
        <translation>New knowledge article</translation>
    </message>
    <message>
        <source>Propose an article</source>
        <translation>Propose an article</translation>
    </message>
    <message>
        <source>Edit knowledge article</source>
        <translation>Edit knowledge article</translation>
    </message>
    <message>
        <source>FAQ: a question and its answer</source>
        <translation>FAQ: a question and its answer</translation>
    </message>
    <message>
        <source>Instruction: numbered steps</source>
        <translation>Instruction: numbered steps</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Regulation: reference number and date in force</source>
        <translation>Regulation: reference number and date in force</translation>
    </message>
    <message>
        <source>In Persian</source>
        <translation>In Persian</translation>
    </message>
    <message>
        <source>In English</source>
        <translation>In English</translation>
    </message>
    <message>
        <source>Internal: staff only</source>
        <translation>Internal: staff only</translation>
    </message>
    <message>
        <source>Public: may be shown to citizens</source>
        <translation>Public: may be shown to citizens</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Keywords</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Reference number</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>In force from</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Services it concerns</source>
        <translation>Services it concerns</translation>
    </message>
    <message>
        <source>What an agent would search for</source>
        <translation>What an agent would search for</translation>
    </message>
    <message>
        <source>Other words people use for this, separated by commas</source>
        <translation>Other words people use for this, separated by commas</translation>
    </message>
    <message>
        <source>A date such as %1, or empty</source>
        <translation>A date such as %1, or empty</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Write</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Bold</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italic</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>Underline</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Heading</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Bulleted list</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Numbered list</translation>
    </message>
    <message>
        <source>Right to left</source>
        <translation>Right to left</translation>
    </message>
    <message>
        <source>Left to right</source>
        <translation>Left to right</translation>
    </message>
    <message>
        <source>Give the article a title: the words an agent would search for.</source>
        <translation>Give the article a title: the words an agent would search for.</translation>
    </message>
    <message>
        <source>Write the article's text.</source>
        <translation>Write the article's text.</translation>
    </message>
    <message>
        <source>A regulation needs its reference number.</source>
        <translation>A regulation needs its reference number.</translation>
    </message>
    <message>
        <source>In force from: %1</source>
        <translation>In force from: %1</translation>
    </message>
    <message>
        <source>Valid until: %1</source>
        <translation>Valid until: %1</translation>
    </message>
    <message>
        <source>Agents see it from</source>
        <translation>Agents see it from</translation>
    </message>
    <message>
        <source>Empty: as soon as it is published</source>
        <translation>Empty: as soon as it is published</translation>
    </message>
    <message>
        <source>Agents see it from: %1</source>
        <translation>Agents see it from: %1</translation>
    </message>
    <message>
        <source>The article cannot stop being valid before agents see it: make "Valid until" later than "Agents see it from".</source>
        <translation>The article cannot stop being valid before agents see it: make "Valid until" later than "Agents see it from".</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::ArticleHistory</name>
    <message>
        <source>Versions of “%1”</source>
        <translation>Versions of “%1”</translation>
    </message>
    <message>
        <source>Now: version %1</source>
        <translation>Now: version %1</translation>
    </message>
    <message>
        <source>Version %1, %2</source>
        <translation>Version %1, %2</translation>
    </message>
    <message>
        <source>The first version kept.</source>
        <translation>The first version kept.</translation>
    </message>
    <message>
        <source>No earlier version is kept yet: the server keeps one at each edit and publication.</source>
        <translation>No earlier version is kept yet: the server keeps one at each edit and publication.</translation>
    </message>
    <message>
        <source>Changes from version %1 to %2.</source>
        <translation>Changes from version %1 to %2.</translation>
    </message>
    <message>
        <source>the current text</source>
        <translation>the current text</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::ArticleSuggestions</name>
    <message>
        <source>Linked to the case; sent with the next sync.</source>
        <translation>Linked to the case; sent with the next sync.</translation>
    </message>
    <message>
        <source>Search the knowledge base for this case</source>
        <translation>Search the knowledge base for this case</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message>
        <source>Used for this case</source>
        <translation>Used for this case</translation>
    </message>
    <message>
        <source>This resolved the case</source>
        <translation>This resolved the case</translation>
    </message>
    <message>
        <source>No published article meets this case's service or words.</source>
        <translation>No published article meets this case's service or words.</translation>
    </message>
    <message>
        <source>Suggested for this case's service and words</source>
        <translation>Suggested for this case's service and words</translation>
    </message>
    <message>
        <source>No published article matches.</source>
        <translation>No published article matches.</translation>
    </message>
    <message>
        <source>Published articles matching what you typed</source>
        <translation>Published articles matching what you typed</translation>
    </message>
    <message>
        <source>Resolved this case</source>
        <translation>Resolved this case</translation>
    </message>
    <message>
        <source>Choose an article first.</source>
        <translation>Choose an article first.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::ArticleView</name>
    <message>
        <source>No article chosen</source>
        <translation>No article chosen</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message numerus="yes">
        <source>resolved %Ln case(s)</source>
        <translation>
            <numerusform>resolved %Ln case</numerusform>
            <numerusform>resolved %Ln cases</numerusform>
        </translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>updated %1</translation>
    </message>
    <message>
        <source>Reference number: %1</source>
        <translation>Reference number: %1</translation>
    </message>
    <message>
        <source>In force from %1</source>
        <translation>In force from %1</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Valid until %1</translation>
    </message>
    <message>
        <source>Services: %1</source>
        <translation>Services: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>Attached: %1</translation>
    </message>
    <message>
        <source>Keywords: %1</source>
        <translation>Keywords: %1</translation>
    </message>
    <message>
        <source>Scheduled: agents see it from %1</source>
        <translation>Scheduled: agents see it from %1</translation>
    </message>
    <message>
        <source>Expired after %1: agents no longer see it</source>
        <translation>Expired after %1: agents no longer see it</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>scheduled</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expired</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::AttachmentPicker</name>
    <message>
        <source>Attach files</source>
        <translation>Attach files</translation>
    </message>
    <message>
        <source>Photos, PDF and text (*.jpg *.jpeg *.png *.webp *.pdf *.txt);;All files (*)</source>
        <translation>Photos, PDF and text (*.jpg *.jpeg *.png *.webp *.pdf *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Attach files…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Photos (JPEG, PNG, WebP), PDF documents or plain text, up to %1 MB each. They are sent with the next sync.</source>
        <translation>Photos (JPEG, PNG, WebP), PDF documents or plain text, up to %1 MB each. They are sent with the next sync.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::CacheOpening</name>
    <message>
        <source>Updating the copy of your work on this computer for the new version of Shahrvand. This happens once, and takes a few minutes for a large copy.</source>
        <translation>Updating the copy of your work on this computer for the new version of Shahrvand. This happens once, and takes a few minutes for a large copy.</translation>
    </message>
    <message>
        <source>Shahrvand</source>
        <translation>Shahrvand</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::CaseActionDialog</name>
    <message>
        <source>Who takes this case? The team stays as it is unless you choose another.</source>
        <translation>Who takes this case? The team stays as it is unless you choose another.</translation>
    </message>
    <message>
        <source>Type a name…</source>
        <translation>Type a name…</translation>
    </message>
    <message>
        <source>Keep the team, or type another…</source>
        <translation>Keep the team, or type another…</translation>
    </message>
    <message>
        <source>The case goes to the next support tier. Say why, so the next team does not have to ask.</source>
        <translation>The case goes to the next support tier. Say why, so the next team does not have to ask.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Routing chooses the team, or type one…</source>
        <translation>Routing chooses the team, or type one…</translation>
    </message>
    <message>
        <source>Describe what was done. The citizen is told this resolution.</source>
        <translation>Describe what was done. The citizen is told this resolution.</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Knowledge article that solved it (optional)…</source>
        <translation>Knowledge article that solved it (optional)…</translation>
    </message>
    <message>
        <source>The problem is not solved after all. Say why the case is reopened.</source>
        <translation>The problem is not solved after all. Say why the case is reopened.</translation>
    </message>
    <message>
        <source>The SLA clocks stop until the citizen answers. What is asked of them?</source>
        <translation>The SLA clocks stop until the citizen answers. What is asked of them?</translation>
    </message>
    <message>
        <source>Asked of the citizen</source>
        <translation>Asked of the citizen</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Add a note</translation>
    </message>
    <message>
        <source>Internal: not shown to the citizen</source>
        <translation>Internal: not shown to the citizen</translation>
    </message>
    <message>
        <source>A note stays on the case's timeline for everyone who works on it.</source>
        <translation>A note stays on the case's timeline for everyone who works on it.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Refer to another department</source>
        <translation>Refer to another department</translation>
    </message>
    <message>
        <source>Type the other department's service…</source>
        <translation>Type the other department's service…</translation>
    </message>
    <message>
        <source>A child case goes to the department responsible for the service you choose; this case stays open and links to it.</source>
        <translation>A child case goes to the department responsible for the service you choose; this case stays open and links to it.</translation>
    </message>
    <message>
        <source>What they should do</source>
        <translation>What they should do</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <source>Refer</source>
        <translation>Refer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Write the note first.</translation>
    </message>
    <message>
        <source>Choose the service of the department the case goes to.</source>
        <translation>Choose the service of the department the case goes to.</translation>
    </message>
    <message>
        <source>Write what the other department should do.</source>
        <translation>Write what the other department should do.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::CaseEdits</name>
    <message>
        <source>Sign in again: this computer does not know who you are.</source>
        <translation>Sign in again: this computer does not know who you are.</translation>
    </message>
    <message>
        <source>This case is no longer in this computer's copy.</source>
        <translation>This case is no longer in this computer's copy.</translation>
    </message>
    <message>
        <source>it is so already</source>
        <translation>it is so already</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::CaseNotices</name>
    <message>
        <source>Case %1: the first response is due soon.</source>
        <translation>Case %1: the first response is due soon.</translation>
    </message>
    <message>
        <source>Case %1: the resolution is due soon.</source>
        <translation>Case %1: the resolution is due soon.</translation>
    </message>
    <message>
        <source>Case %1: the first response is overdue.</source>
        <translation>Case %1: the first response is overdue.</translation>
    </message>
    <message>
        <source>Case %1: the resolution is overdue.</source>
        <translation>Case %1: the resolution is overdue.</translation>
    </message>
    <message>
        <source>The tracking code proposed offline was already in use: the case now has the code %1. Tell the citizen.</source>
        <translation>The tracking code proposed offline was already in use: the case now has the code %1. Tell the citizen.</translation>
    </message>
    <message>
        <source>Case %1 needs your attention.</source>
        <translation>Case %1 needs your attention.</translation>
    </message>
    <message>
        <source>Open the case</source>
        <translation>Open the case</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::CaseQueueModel</name>
    <message>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>This computer's copy of the cases could not be read.</source>
        <translation>This computer's copy of the cases could not be read.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::CaseText</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln hour</numerusform>
            <numerusform>%Ln hours</numerusform>
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
        <source>Due now</source>
        <translation>Due now</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::CaseWorkspace</name>
    <message>
        <source>Not sent yet</source>
        <translation>Not sent yet</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>%1 of working time left</source>
        <translation>%1 of working time left</translation>
    </message>
    <message>
        <source>%1 of working time overdue</source>
        <translation>%1 of working time overdue</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>— estimated here until the server times it</source>
        <translation>— estimated here until the server times it</translation>
    </message>
    <message>
        <source>National ID: %1</source>
        <translation>National ID: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <source>Flags: %1</source>
        <translation>Flags: %1</translation>
    </message>
    <message>
        <source>Citizen %1 is not in this computer's copy.</source>
        <translation>Citizen %1 is not in this computer's copy.</translation>
    </message>
    <message>
        <source>No citizen recorded (anonymous request).</source>
        <translation>No citizen recorded (anonymous request).</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>No description.</translation>
    </message>
    <message>
        <source>Opened as %1</source>
        <translation>Opened as %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Internal note</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>Outbound contact (%1)</source>
        <translation>Outbound contact (%1)</translation>
    </message>
    <message>
        <source>Inbound contact (%1)</source>
        <translation>Inbound contact (%1)</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 d %2</source>
        <translation>%1 d %2</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>No team</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>Statuses</translation>
    </message>
    <message>
        <source>Note added. It is sent with the next sync.</source>
        <translation>Note added. It is sent with the next sync.</translation>
    </message>
    <message>
        <source>%1: done. It is sent with the next sync.</source>
        <translation>%1: done. It is sent with the next sync.</translation>
    </message>
    <message>
        <source>Choose the service of the department the case goes to.</source>
        <translation>Choose the service of the department the case goes to.</translation>
    </message>
    <message>
        <source>Referred to %1 as case %2: %3</source>
        <translation>Referred to %1 as case %2: %3</translation>
    </message>
    <message>
        <source>Referred to %1 as case %2. It is sent with the next sync.</source>
        <translation>Referred to %1 as case %2. It is sent with the next sync.</translation>
    </message>
    <message>
        <source>No case with the tracking code %1 in this computer's copy.</source>
        <translation>No case with the tracking code %1 in this computer's copy.</translation>
    </message>
    <message>
        <source>A case cannot be a duplicate of itself.</source>
        <translation>A case cannot be a duplicate of itself.</translation>
    </message>
    <message>
        <source>Duplicate of the request %1.</source>
        <translation>Duplicate of the request %1.</translation>
    </message>
    <message>
        <source>Linked as a duplicate of %1.</source>
        <translation>Linked as a duplicate of %1.</translation>
    </message>
    <message>
        <source>Duplicate request</source>
        <translation>Duplicate request</translation>
    </message>
    <message>
        <source>Tracking code of the case this one repeats:</source>
        <translation>Tracking code of the case this one repeats:</translation>
    </message>
    <message>
        <source>Back to the queue</source>
        <translation>Back to the queue</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>First response due</source>
        <translation>First response due</translation>
    </message>
    <message>
        <source>Resolution due</source>
        <translation>Resolution due</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <source>Open the citizen's profile</source>
        <translation>Open the citizen's profile</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>Add note…</translation>
    </message>
    <message>
        <source>Duplicate of…</source>
        <translation>Duplicate of…</translation>
    </message>
    <message>
        <source>Refer…</source>
        <translation>Refer…</translation>
    </message>
    <message>
        <source>Open a child case for another department</source>
        <translation>Open a child case for another department</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>With</source>
        <translation>With</translation>
    </message>
    <message>
        <source>Time (wall clock)</source>
        <translation>Time (wall clock)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>Time spent</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Attach…</translation>
    </message>
    <message>
        <source>Attach photos, PDF documents or text files; they are sent with the next sync</source>
        <translation>Attach photos, PDF documents or text files; they are sent with the next sync</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not attached:
%1</source>
        <translation>Not attached:
%1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached. They are sent with the next sync.</source>
        <translation>
            <numerusform>%n file attached. It is sent with the next sync.</numerusform>
            <numerusform>%n files attached. They are sent with the next sync.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is on the server. Connect to the server to open it.</source>
        <translation>“%1” is on the server. Connect to the server to open it.</translation>
    </message>
    <message>
        <source>Fetching “%1” from the server…</source>
        <translation>Fetching “%1” from the server…</translation>
    </message>
    <message>
        <source>“%1” could not be fetched: %2</source>
        <translation>“%1” could not be fetched: %2</translation>
    </message>
    <message>
        <source>“%1” could not be opened: no room for a copy on this computer.</source>
        <translation>“%1” could not be opened: no room for a copy on this computer.</translation>
    </message>
    <message>
        <source>No program on this computer opens “%1”.</source>
        <translation>No program on this computer opens “%1”.</translation>
    </message>
    <message>
        <source>%1 — double-click to open</source>
        <translation>%1 — double-click to open</translation>
    </message>
    <message>
        <source>Your article was saved for review; a knowledge approver will see it after the next sync.</source>
        <translation>Your article was saved for review; a knowledge approver will see it after the next sync.</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Knowledge</translation>
    </message>
    <message>
        <source>Propose an article…</source>
        <translation>Propose an article…</translation>
    </message>
    <message>
        <source>Turn the answer given here into a knowledge article for review</source>
        <translation>Turn the answer given here into a knowledge article for review</translation>
    </message>
    <message>
        <source>Article that resolved the case</source>
        <translation>Article that resolved the case</translation>
    </message>
    <message>
        <source>Knowledge article used</source>
        <translation>Knowledge article used</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::CasesPage</name>
    <message>
        <source>My work</source>
        <translation>My work</translation>
    </message>
    <message>
        <source>My team</source>
        <translation>My team</translation>
    </message>
    <message>
        <source>Unassigned in my units</source>
        <translation>Unassigned in my units</translation>
    </message>
    <message>
        <source>Breaching soon</source>
        <translation>Breaching soon</translation>
    </message>
    <message>
        <source>Escalated to me</source>
        <translation>Escalated to me</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>All cases</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No cases in this queue. Cases arrive with each sync.</source>
        <translation>No cases in this queue. Cases arrive with each sync.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) shown.</source>
        <translation>
            <numerusform>%Ln case shown.</numerusform>
            <numerusform>%Ln cases shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scroll down to read more.</source>
        <translation>Scroll down to read more.</translation>
    </message>
    <message>
        <source>Tracking code starts with…</source>
        <translation>Tracking code starts with…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) changed.</source>
        <translation>
            <numerusform>%Ln case changed.</numerusform>
            <numerusform>%Ln cases changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not changed: %1</source>
        <translation>
            <numerusform>%Ln not changed: %1</numerusform>
            <numerusform>%Ln not changed: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected case(s).</source>
        <translation>
            <numerusform>%Ln selected case.</numerusform>
            <numerusform>%Ln selected cases.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type to find…</source>
        <translation>Type to find…</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Filtered.</source>
        <translation>Filtered.</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>New case…</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filter…</translation>
    </message>
    <message>
        <source>Routing rules…</source>
        <translation>Routing rules…</translation>
    </message>
    <message>
        <source>Time spent…</source>
        <translation>Time spent…</translation>
    </message>
    <message>
        <source>Where this queue's cases spent their time</source>
        <translation>Where this queue's cases spent their time</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>Assign…</translation>
    </message>
    <message>
        <source>Move to team…</source>
        <translation>Move to team…</translation>
    </message>
    <message>
        <source>Priority…</source>
        <translation>Priority…</translation>
    </message>
    <message>
        <source>Status…</source>
        <translation>Status…</translation>
    </message>
    <message>
        <source>For every selected case</source>
        <translation>For every selected case</translation>
    </message>
    <message>
        <source>From the dashboard: %1.</source>
        <translation>From the dashboard: %1.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::Charts</name>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>%1 to %2 days</source>
        <translation>%1 to %2 days</translation>
    </message>
    <message>
        <source>%1 days or more</source>
        <translation>%1 days or more</translation>
    </message>
    <message>
        <source>Figures from this computer's copy, as of the sync of %1.</source>
        <translation>Figures from this computer's copy, as of the sync of %1.</translation>
    </message>
    <message>
        <source>Figures from this computer's copy; it has not synced yet.</source>
        <translation>Figures from this computer's copy; it has not synced yet.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::Citizen360View</name>
    <message>
        <source>This citizen is not in this computer's copy (yet).</source>
        <translation>This citizen is not in this computer's copy (yet).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
    <message>
        <source>The first day comes after the last one.</source>
        <translation>The first day comes after the last one.</translation>
    </message>
    <message>
        <source>Back to search</source>
        <translation>Back to search</translation>
    </message>
    <message>
        <source>Back to the search for a citizen</source>
        <translation>Back to the search for a citizen</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation>Log a call</translation>
    </message>
    <message>
        <source>Send a message</source>
        <translation>Send a message</translation>
    </message>
    <message>
        <source>Messages are queued, not sent, until the notifications feature is in place.</source>
        <translation>Messages are queued, not sent, until the notifications feature is in place.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>The first day to show, as a Jalali date (for example %1)</source>
        <translation>The first day to show, as a Jalali date (for example %1)</translation>
    </message>
    <message>
        <source>The last day to show, as a Jalali date (for example %1)</source>
        <translation>The last day to show, as a Jalali date (for example %1)</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Calls, visits and messages</source>
        <translation>Calls, visits and messages</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Surveys</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>This citizen's personal data was erased.</source>
        <translation>This citizen's personal data was erased.</translation>
    </message>
    <message>
        <source>Merged into another record: act there.</source>
        <translation>Merged into another record: act there.</translation>
    </message>
    <message>
        <source>Open the record they were merged into</source>
        <translation>Open the record they were merged into</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::CitizenDuplicates</name>
    <message>
        <source>Citizen %1</source>
        <translation>Citizen %1</translation>
    </message>
    <message>
        <source>%1 (no. %2)</source>
        <translation>%1 (no. %2)</translation>
    </message>
    <message>
        <source>The same national ID</source>
        <translation>The same national ID</translation>
    </message>
    <message>
        <source>The same phone and similar names</source>
        <translation>The same phone and similar names</translation>
    </message>
    <message>
        <source>Similar names and addresses</source>
        <translation>Similar names and addresses</translation>
    </message>
    <message>
        <source>Possible duplicates come from the server: sign in to see them.</source>
        <translation>Possible duplicates come from the server: sign in to see them.</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Asking the server…</translation>
    </message>
    <message>
        <source>The server did not answer (%1). Possible duplicates are found by the server only, so the list needs a connection.</source>
        <translation>The server did not answer (%1). Possible duplicates are found by the server only, so the list needs a connection.</translation>
    </message>
    <message>
        <source>The server did not answer (%1). The list below is the last one it gave.</source>
        <translation>The server did not answer (%1). The list below is the last one it gave.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>The server found no citizens who may be the same person.</source>
        <translation>The server found no citizens who may be the same person.</translation>
    </message>
    <message>
        <source>%1 pairs that may be the same person, best first, as the server saw them at %2. Choose a pair and “Merge…” to make them one.</source>
        <translation>%1 pairs that may be the same person, best first, as the server saw them at %2. Choose a pair and “Merge…” to make them one.</translation>
    </message>
    <message>
        <source>Back to search</source>
        <translation>Back to search</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <source>Ask again</source>
        <translation>Ask again</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Merge…</translation>
    </message>
    <message>
        <source>More pairs</source>
        <translation>More pairs</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <source>May be the same as</source>
        <translation>May be the same as</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Possible duplicates come from the server.</source>
        <translation>Possible duplicates come from the server.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::CitizenEraseDialog</name>
    <message>
        <source>Erase personal data</source>
        <translation>Erase personal data</translation>
    </message>
    <message>
        <source>Erase the personal data of %1? This cannot be undone.</source>
        <translation>Erase the personal data of %1? This cannot be undone.</translation>
    </message>
    <message>
        <source>Deleted:</source>
        <translation>Deleted:</translation>
    </message>
    <message>
        <source>their addresses, phone numbers and e-mail addresses;</source>
        <translation>their addresses, phone numbers and e-mail addresses;</translation>
    </message>
    <message>
        <source>files attached to the citizen (the stored file too, when nothing else uses it).</source>
        <translation>files attached to the citizen (the stored file too, when nothing else uses it).</translation>
    </message>
    <message>
        <source>Kept, without their personal data:</source>
        <translation>Kept, without their personal data:</translation>
    </message>
    <message>
        <source>their cases, the public record of a service: subject, service, place, times and staff notes stay; the description in the citizen’s own words is blanked;</source>
        <translation>their cases, the public record of a service: subject, service, place, times and staff notes stay; the description in the citizen’s own words is blanked;</translation>
    </message>
    <message>
        <source>interactions (for the service’s figures), with their notes blanked;</source>
        <translation>interactions (for the service’s figures), with their notes blanked;</translation>
    </message>
    <message>
        <source>survey answers with their score; the written answers are blanked;</source>
        <translation>survey answers with their score; the written answers are blanked;</translation>
    </message>
    <message>
        <source>the citizen’s record, with every personal field blanked, while a kept record names them; otherwise it is deleted.</source>
        <translation>the citizen’s record, with every personal field blanked, while a kept record names them; otherwise it is deleted.</translation>
    </message>
    <message>
        <source>The audit trail records the erasure and your reason. Other computers erase their copies at their next sync.</source>
        <translation>The audit trail records the erasure and your reason. Other computers erase their copies at their next sync.</translation>
    </message>
    <message>
        <source>Reason (the citizen’s request or the rule; required):</source>
        <translation>Reason (the citizen’s request or the rule; required):</translation>
    </message>
    <message>
        <source>I understand that this cannot be undone.</source>
        <translation>I understand that this cannot be undone.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::CitizenExportDocument</name>
    <message>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>read the national ID</source>
        <translation>read the national ID</translation>
    </message>
    <message>
        <source>personal data erased</source>
        <translation>personal data erased</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>merged</translation>
    </message>
    <message>
        <source>merge undone</source>
        <translation>merge undone</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>User no.</source>
        <translation>User no.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>Citizen no. %1</source>
        <translation>Citizen no. %1</translation>
    </message>
    <message>
        <source>Everything held about %1</source>
        <translation>Everything held about %1</translation>
    </message>
    <message>
        <source>Exported from the server on %1; printed on %2.</source>
        <translation>Exported from the server on %1; printed on %2.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Addresses</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>E-mail addresses</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>Case %1: %2</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Status history</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <source>Survey answers</source>
        <translation>Survey answers</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>“%1” could not be written: %2</translation>
    </message>
    <message>
        <source>Everything held about a citizen</source>
        <translation>Everything held about a citizen</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::CitizenMergeDialog</name>
    <message>
        <source>no. %1</source>
        <translation>no. %1</translation>
    </message>
    <message>
        <source>%1, no. %2</source>
        <translation>%1, no. %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>nothing else</source>
        <translation>nothing else</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Merge two records of one citizen</source>
        <translation>Merge two records of one citizen</translation>
    </message>
    <message>
        <source>Keep the other record</source>
        <translation>Keep the other record</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Reading both records from the server…</source>
        <translation>Reading both records from the server…</translation>
    </message>
    <message>
        <source>The records could not be read.</source>
        <translation>The records could not be read.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Choose, for each field, the value the kept record will have. Every case, interaction, address, phone, e-mail and survey answer of the other record moves to the kept one. The merge is recorded in the audit trail and can be undone from the citizen’s page.</source>
        <translation>Choose, for each field, the value the kept record will have. Every case, interaction, address, phone, e-mail and survey answer of the other record moves to the kept one. The merge is recorded in the audit trail and can be undone from the citizen’s page.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Kept: %1</source>
        <translation>Kept: %1</translation>
    </message>
    <message>
        <source>Merged into it: %1</source>
        <translation>Merged into it: %1</translation>
    </message>
    <message>
        <source>One of the records was changed on the server since this window read them. They have been read again: check the values and merge again.</source>
        <translation>One of the records was changed on the server since this window read them. They have been read again: check the values and merge again.</translation>
    </message>
    <message>
        <source>The records were not merged: %1</source>
        <translation>The records were not merged: %1</translation>
    </message>
    <message>
        <source>Merged. Record %1 is now part of %2; moved to it: %3. To undo, open the citizen and choose “Undo” in their merges.</source>
        <translation>Merged. Record %1 is now part of %2; moved to it: %3. To undo, open the citizen and choose “Undo” in their merges.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::CitizenPrivacyActions</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Merges: asking the server…</source>
        <translation>Merges: asking the server…</translation>
    </message>
    <message>
        <source>Merges: the server did not answer (%1). The server’s actions need a connection.</source>
        <translation>Merges: the server did not answer (%1). The server’s actions need a connection.</translation>
    </message>
    <message>
        <source>Merges: none.</source>
        <translation>Merges: none.</translation>
    </message>
    <message>
        <source>Merges:</source>
        <translation>Merges:</translation>
    </message>
    <message>
        <source>No. %1 merged into no. %2</source>
        <translation>No. %1 merged into no. %2</translation>
    </message>
    <message>
        <source>Undone %1</source>
        <translation>Undone %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Asking the server to undo the merge…</source>
        <translation>Asking the server to undo the merge…</translation>
    </message>
    <message>
        <source>The merge was not undone: %1</source>
        <translation>The merge was not undone: %1</translation>
    </message>
    <message>
        <source>The merge is undone: no. %1 is a record of its own again, with what was moved from it.</source>
        <translation>The merge is undone: no. %1 is a record of its own again, with what was moved from it.</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>Asking the server for everything held about the citizen…</source>
        <translation>Asking the server for everything held about the citizen…</translation>
    </message>
    <message>
        <source>The server did not answer: %1</source>
        <translation>The server did not answer: %1</translation>
    </message>
    <message>
        <source>Everything held about the citizen was saved to “%1”.</source>
        <translation>Everything held about the citizen was saved to “%1”.</translation>
    </message>
    <message>
        <source>The document was printed to “%1”.</source>
        <translation>The document was printed to “%1”.</translation>
    </message>
    <message>
        <source>Asking the server to erase the citizen’s personal data…</source>
        <translation>Asking the server to erase the citizen’s personal data…</translation>
    </message>
    <message>
        <source>Nothing was erased: %1</source>
        <translation>Nothing was erased: %1</translation>
    </message>
    <message>
        <source>Erased. Kept without personal data: %1. Deleted: %2. Stored files deleted: %3. %4 This computer’s copy follows at the sync that starts now.</source>
        <translation>Erased. Kept without personal data: %1. Deleted: %2. Stored files deleted: %3. %4 This computer’s copy follows at the sync that starts now.</translation>
    </message>
    <message>
        <source>The citizen’s record was deleted.</source>
        <translation>The citizen’s record was deleted.</translation>
    </message>
    <message>
        <source>The citizen’s record is kept, anonymized.</source>
        <translation>The citizen’s record is kept, anonymized.</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>On the server</translation>
    </message>
    <message>
        <source>Export everything…</source>
        <translation>Export everything…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Erase personal data…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Moved</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>changed since: %1</source>
        <translation>changed since: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln moved record(s) changed since</source>
        <translation>
            <numerusform>%Ln moved record changed since</numerusform>
            <numerusform>%Ln moved records changed since</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::CitizenProfile</name>
    <message>
        <source>%1 (main)</source>
        <translation>%1 (main)</translation>
    </message>
    <message>
        <source>Elderly</source>
        <translation>Elderly</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Needs an interpreter</source>
        <translation>Needs an interpreter</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>%1 (%2 overdue)</source>
        <translation>%1 (%2 overdue)</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>None yet</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 (%Ln answer(s))</source>
        <translation>
            <numerusform>%1 of %2 (%Ln answer)</numerusform>
            <numerusform>%1 of %2 (%Ln answers)</numerusform>
        </translation>
    </message>
    <message>
        <source>No survey answered</source>
        <translation>No survey answered</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Preferred channel</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Name (Persian)</source>
        <translation>Name (Persian)</translation>
    </message>
    <message>
        <source>Name (Latin)</source>
        <translation>Name (Latin)</translation>
    </message>
    <message>
        <source>postal code %1</source>
        <translation>postal code %1</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Addresses</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>E-mail addresses</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Agrees to receive</source>
        <translation>Agrees to receive</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nothing</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Erased</translation>
    </message>
    <message>
        <source>Personal data erased on %1 under the retention rules.</source>
        <translation>Personal data erased on %1 under the retention rules.</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Merged</translation>
    </message>
    <message>
        <source>Merged into citizen %1; their cases and contacts are there now.</source>
        <translation>Merged into citizen %1; their cases and contacts are there now.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::CitizenSearcher</name>
    <message>
        <source>child of %1</source>
        <translation>child of %1</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::CitizenTimelineModel</name>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Call made</source>
        <translation>Call made</translation>
    </message>
    <message>
        <source>Call received</source>
        <translation>Call received</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <source>Message sent</source>
        <translation>Message sent</translation>
    </message>
    <message>
        <source>Message received</source>
        <translation>Message received</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Queued: not sent yet</source>
        <translation>Queued: not sent yet</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Survey</translation>
    </message>
    <message>
        <source>Satisfaction %1 of %2</source>
        <translation>Satisfaction %1 of %2</translation>
    </message>
    <message>
        <source>No score given</source>
        <translation>No score given</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Internal note</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Not sent yet</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::CitizensPage</name>
    <message>
        <source>National ID, phone number, tracking code or name</source>
        <translation>National ID, phone number, tracking code or name</translation>
    </message>
    <message>
        <source>Type to find a citizen, then open them (Enter or double-click) to see their cases, contacts and details on one screen.</source>
        <translation>Type to find a citizen, then open them (Enter or double-click) to see their cases, contacts and details on one screen.</translation>
    </message>
    <message>
        <source>No citizen in this computer's copy matches.</source>
        <translation>No citizen in this computer's copy matches.</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Possible duplicates</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::ClaimEditor</name>
    <message>
        <source>No mission</source>
        <translation>No mission</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Mission %1</source>
        <translation>Mission %1</translation>
    </message>
    <message>
        <source>New expense claim</source>
        <translation>New expense claim</translation>
    </message>
    <message>
        <source>Expense claim: %1</source>
        <translation>Expense claim: %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>✓ %1 (not saved)</source>
        <translation>✓ %1 (not saved)</translation>
    </message>
    <message>
        <source>✓ Named</source>
        <translation>✓ Named</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>Total: the amounts add up to more than can be recorded.</source>
        <translation>Total: the amounts add up to more than can be recorded.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>too large to record</source>
        <translation>too large to record</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>Line %1: </source>
        <translation>Line %1: </translation>
    </message>
    <message>
        <source>must be corrected before submitting</source>
        <translation>must be corrected before submitting</translation>
    </message>
    <message>
        <source>the approvers see it</source>
        <translation>the approvers see it</translation>
    </message>
    <message>
        <source>Expense policy</source>
        <translation>Expense policy</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 for %2</translation>
    </message>
    <message>
        <source>%1 (round %2)</source>
        <translation>%1 (round %2)</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>“%1” is kept in this computer's copy when the claim is saved.</source>
        <translation>“%1” is kept in this computer's copy when the claim is saved.</translation>
    </message>
    <message>
        <source>This line has no receipt.</source>
        <translation>This line has no receipt.</translation>
    </message>
    <message>
        <source>Choose a claim, or make a new one.</source>
        <translation>Choose a claim, or make a new one.</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>&amp;Mission</source>
        <translation>&amp;Mission</translation>
    </message>
    <message>
        <source>U&amp;nit</source>
        <translation>U&amp;nit</translation>
    </message>
    <message>
        <source>Expense lines</source>
        <translation>Expense lines</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <source>Receipt of the chosen line</source>
        <translation>Receipt of the chosen line</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Approver</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>S&amp;ubmit</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Withdraw…</translation>
    </message>
    <message>
        <source>Mark as &amp;paid</source>
        <translation>Mark as &amp;paid</translation>
    </message>
    <message>
        <source>Correct the line being typed under the table, or clear it.</source>
        <translation>Correct the line being typed under the table, or clear it.</translation>
    </message>
    <message>
        <source>The changes to this claim are not saved. Leave them?</source>
        <translation>The changes to this claim are not saved. Leave them?</translation>
    </message>
    <message>
        <source>Saved on this computer. It is sent with the next sync.</source>
        <translation>Saved on this computer. It is sent with the next sync.</translation>
    </message>
    <message>
        <source>This claim cannot take this step now.</source>
        <translation>This claim cannot take this step now.</translation>
    </message>
    <message>
        <source>Add at least one expense line before submitting.</source>
        <translation>Add at least one expense line before submitting.</translation>
    </message>
    <message>
        <source>Correct what the expense policy marks before submitting.</source>
        <translation>Correct what the expense policy marks before submitting.</translation>
    </message>
    <message>
        <source>Withdraw the claim “%1”? The approvers no longer see it, and it cannot be submitted again.</source>
        <translation>Withdraw the claim “%1”? The approvers no longer see it, and it cannot be submitted again.</translation>
    </message>
    <message>
        <source>Mark the claim “%1” as paid?</source>
        <translation>Mark the claim “%1” as paid?</translation>
    </message>
    <message>
        <source>Submitted. It is sent to the approvers with the next sync.</source>
        <translation>Submitted. It is sent to the approvers with the next sync.</translation>
    </message>
    <message>
        <source>Withdrawn.</source>
        <translation>Withdrawn.</translation>
    </message>
    <message>
        <source>Marked as paid.</source>
        <translation>Marked as paid.</translation>
    </message>
    <message>
        <source>Expense claim</source>
        <translation>Expense claim</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>A new claim: write its lines, save it, and submit it when it is complete.</source>
        <translation>A new claim: write its lines, save it, and submit it when it is complete.</translation>
    </message>
    <message>
        <source>A draft: only you see it until you submit it.</source>
        <translation>A draft: only you see it until you submit it.</translation>
    </message>
    <message>
        <source>Returned for correction. Correct it and submit it again.</source>
        <translation>Returned for correction. Correct it and submit it again.</translation>
    </message>
    <message>
        <source>Returned for correction: “%1”. Correct it and submit it again.</source>
        <translation>Returned for correction: “%1”. Correct it and submit it again.</translation>
    </message>
    <message>
        <source>Submitted on %1: waiting for the approvers.</source>
        <translation>Submitted on %1: waiting for the approvers.</translation>
    </message>
    <message>
        <source>Submitted on %1: waiting for %2.</source>
        <translation>Submitted on %1: waiting for %2.</translation>
    </message>
    <message>
        <source>Submitted on this computer: it goes to the approvers with the next sync.</source>
        <translation>Submitted on this computer: it goes to the approvers with the next sync.</translation>
    </message>
    <message>
        <source>It cannot be changed meanwhile.</source>
        <translation>It cannot be changed meanwhile.</translation>
    </message>
    <message>
        <source>Approved: waiting for payment by finance.</source>
        <translation>Approved: waiting for payment by finance.</translation>
    </message>
    <message>
        <source>Rejected.</source>
        <translation>Rejected.</translation>
    </message>
    <message>
        <source>Rejected: “%1”.</source>
        <translation>Rejected: “%1”.</translation>
    </message>
    <message>
        <source>Withdrawn: the approvers no longer see it.</source>
        <translation>Withdrawn: the approvers no longer see it.</translation>
    </message>
    <message>
        <source>Paid.</source>
        <translation>Paid.</translation>
    </message>
    <message>
        <source>Another person's claim: only its claimant changes it.</source>
        <translation>Another person's claim: only its claimant changes it.</translation>
    </message>
    <message>
        <source>The amounts add up to more than can be recorded.</source>
        <translation>The amounts add up to more than can be recorded.</translation>
    </message>
    <message>
        <source>Submitting saves the changes first.</source>
        <translation>Submitting saves the changes first.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::ClaimLineForm</name>
    <message>
        <source>Date: %1</source>
        <translation>Date: %1</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>Amount: %1</translation>
    </message>
    <message>
        <source>Amount: an expense is of more than zero rials.</source>
        <translation>Amount: an expense is of more than zero rials.</translation>
    </message>
    <message>
        <source>Attach a receipt</source>
        <translation>Attach a receipt</translation>
    </message>
    <message>
        <source>Photos and PDF (*.jpg *.jpeg *.png *.webp *.pdf)</source>
        <translation>Photos and PDF (*.jpg *.jpeg *.png *.webp *.pdf)</translation>
    </message>
    <message>
        <source>Receipt “%1”: %2</source>
        <translation>Receipt “%1”: %2</translation>
    </message>
    <message>
        <source>Receipt “%1”: a receipt is a photo or a PDF.</source>
        <translation>Receipt “%1”: a receipt is a photo or a PDF.</translation>
    </message>
    <message>
        <source>Receipt “%1”: the file cannot be read.</source>
        <translation>Receipt “%1”: the file cannot be read.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Named by its hash</source>
        <translation>Named by its hash</translation>
    </message>
    <message>
        <source>%1 (kept on saving)</source>
        <translation>%1 (kept on saving)</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>A&amp;mount (rials)</source>
        <translation>A&amp;mount (rials)</translation>
    </message>
    <message>
        <source>&amp;Vendor</source>
        <translation>&amp;Vendor</translation>
    </message>
    <message>
        <source>Descri&amp;ption</source>
        <translation>Descri&amp;ption</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Attach…</translation>
    </message>
    <message>
        <source>Attach a photo or PDF of the receipt</source>
        <translation>Attach a photo or PDF of the receipt</translation>
    </message>
    <message>
        <source>Update &amp;line</source>
        <translation>Update &amp;line</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>&amp;Add line</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::ClaimStore</name>
    <message>
        <source>Give the claim a title.</source>
        <translation>Give the claim a title.</translation>
    </message>
    <message>
        <source>Choose the unit the claim is made in.</source>
        <translation>Choose the unit the claim is made in.</translation>
    </message>
    <message>
        <source>This claim can no longer be changed.</source>
        <translation>This claim can no longer be changed.</translation>
    </message>
    <message>
        <source>The amounts of this claim add up to more than can be recorded.</source>
        <translation>The amounts of this claim add up to more than can be recorded.</translation>
    </message>
    <message>
        <source>Receipt “%1”: %2</source>
        <translation>Receipt “%1”: %2</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::ClaimsPanel</name>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Too large to record</source>
        <translation>Too large to record</translation>
    </message>
    <message>
        <source>No expense claims yet. “New claim” starts one; it works offline too.</source>
        <translation>No expense claims yet. “New claim” starts one; it works offline too.</translation>
    </message>
    <message>
        <source>No claim matches the search.</source>
        <translation>No claim matches the search.</translation>
    </message>
    <message>
        <source>My expense claims</source>
        <translation>My expense claims</translation>
    </message>
    <message>
        <source>&amp;New claim</source>
        <translation>&amp;New claim</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Approver's reason</source>
        <translation>Approver's reason</translation>
    </message>
    <message>
        <source>more than can be added up</source>
        <translation>more than can be added up</translation>
    </message>
    <message>
        <source>No claim in this computer's copy adds up to this figure.</source>
        <translation>No claim in this computer's copy adds up to this figure.</translation>
    </message>
    <message>
        <source>Expense claims</source>
        <translation>Expense claims</translation>
    </message>
    <message>
        <source>submitted from %1 to %2</source>
        <translation>submitted from %1 to %2</translation>
    </message>
    <message>
        <source>submitted at any time</source>
        <translation>submitted at any time</translation>
    </message>
    <message>
        <source>Show all my claims</source>
        <translation>Show all my claims</translation>
    </message>
    <message>
        <source>Filtered: %1, %2. Claims: %3; their part of the figure: %4.</source>
        <translation>Filtered: %1, %2. Claims: %3; their part of the figure: %4.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::ConflictEditor</name>
    <message>
        <source>Enter the time as hours:minutes, for example 14:30.</source>
        <translation>Enter the time as hours:minutes, for example 14:30.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Enter a whole number.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Enter a number.</translation>
    </message>
    <message>
        <source>This is not valid JSON.</source>
        <translation>This is not valid JSON.</translation>
    </message>
    <message>
        <source>Edit the values to send</source>
        <translation>Edit the values to send</translation>
    </message>
    <message>
        <source>Your values are filled in. Change what needs changing; the result is sent to the server as a new edit.</source>
        <translation>Your values are filled in. Change what needs changing; the result is sent to the server as a new edit.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>On the server: %1</source>
        <translation>On the server: %1</translation>
    </message>
    <message>
        <source>Send these values</source>
        <translation>Send these values</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::ConflictsView</name>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>no. %1</source>
        <translation>no. %1</translation>
    </message>
    <message>
        <source>new, not yet on the server</source>
        <translation>new, not yet on the server</translation>
    </message>
    <message>
        <source>Not accepted by the server</source>
        <translation>Not accepted by the server</translation>
    </message>
    <message>
        <source>Deleted here, changed on the server</source>
        <translation>Deleted here, changed on the server</translation>
    </message>
    <message numerus="yes">
        <source>%Ln field(s) changed on both sides</source>
        <translation>
            <numerusform>%Ln field changed on both sides</numerusform>
            <numerusform>%Ln fields changed on both sides</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>entity: which row</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Found %1.</source>
        <translation>Found %1.</translation>
    </message>
    <message>
        <source>the server gave no reason</source>
        <translation>the server gave no reason</translation>
    </message>
    <message>
        <source>The server did not accept your edit: %1</source>
        <translation>The server did not accept your edit: %1</translation>
    </message>
    <message>
        <source>Discard the edit, or correct it and send it again.</source>
        <translation>Discard the edit, or correct it and send it again.</translation>
    </message>
    <message>
        <source>You deleted this row while someone else changed it on the server. Nothing has been deleted or overwritten yet.</source>
        <translation>You deleted this row while someone else changed it on the server. Nothing has been deleted or overwritten yet.</translation>
    </message>
    <message>
        <source>Someone else changed the same fields on the server while you were editing. Nothing has been overwritten: keep your values, take the server's, or edit them.</source>
        <translation>Someone else changed the same fields on the server while you were editing. Nothing has been overwritten: keep your values, take the server's, or edit them.</translation>
    </message>
    <message>
        <source>(gone)</source>
        <translation>(gone)</translation>
    </message>
    <message>
        <source>&amp;Discard my edit</source>
        <translation>&amp;Discard my edit</translation>
    </message>
    <message>
        <source>&amp;Edit and retry…</source>
        <translation>&amp;Edit and retry…</translation>
    </message>
    <message>
        <source>&amp;Delete it anyway</source>
        <translation>&amp;Delete it anyway</translation>
    </message>
    <message>
        <source>&amp;Keep the server's version</source>
        <translation>&amp;Keep the server's version</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Keep mine</translation>
    </message>
    <message>
        <source>&amp;Take the server's</source>
        <translation>&amp;Take the server's</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>These edits of yours could not be sent as they were. Nothing of yours or of the server's has been lost; decide for each what to keep, and the result is sent at the next sync.</source>
        <translation>These edits of yours could not be sent as they were. Nothing of yours or of the server's has been lost; decide for each what to keep, and the result is sent at the next sync.</translation>
    </message>
    <message>
        <source>No conflicts. Every edit made on this computer has been accepted by the server or is waiting to be sent.</source>
        <translation>No conflicts. Every edit made on this computer has been accepted by the server or is waiting to be sent.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Before the edits</source>
        <translation>Before the edits</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Yours</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>On the server</translation>
    </message>
    <message>
        <source>Highlighted rows are the fields both you and someone else changed. The other rows are the rest of your edit, which goes or stays with your choice.</source>
        <translation>Highlighted rows are the fields both you and someone else changed. The other rows are the rest of your edit, which goes or stays with your choice.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::DashboardsPage</name>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>Citizens</translation>
    </message>
    <message>
        <source>Knowledge articles</source>
        <translation>Knowledge articles</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <source>Expense claims</source>
        <translation>Expense claims</translation>
    </message>
    <message>
        <source>Calls and visits</source>
        <translation>Calls and visits</translation>
    </message>
    <message>
        <source>Edits waiting to be sent</source>
        <translation>Edits waiting to be sent</translation>
    </message>
    <message>
        <source>Conflicts waiting for you</source>
        <translation>Conflicts waiting for you</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Field: missions and expenses</source>
        <translation>Field: missions and expenses</translation>
    </message>
    <message>
        <source>Teams and people</source>
        <translation>Teams and people</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Forecast</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::DateTimeField</name>
    <message>
        <source>Enter the date as well as the time.</source>
        <translation>Enter the date as well as the time.</translation>
    </message>
    <message>
        <source>Enter the time as hours:minutes, for example 14:30.</source>
        <translation>Enter the time as hours:minutes, for example 14:30.</translation>
    </message>
    <message>
        <source>Date, for example %1</source>
        <translation>Date, for example %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::DelegationDialog</name>
    <message>
        <source>User %1</source>
        <translation>User %1</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>Ahead</source>
        <translation>Ahead</translation>
    </message>
    <message>
        <source>%1, not yet sent</source>
        <translation>%1, not yet sent</translation>
    </message>
    <message>
        <source>End it now</source>
        <translation>End it now</translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation>Remove it</translation>
    </message>
    <message>
        <source>First day away: %1</source>
        <translation>First day away: %1</translation>
    </message>
    <message>
        <source>Last day away: %1</source>
        <translation>Last day away: %1</translation>
    </message>
    <message>
        <source>Choose the colleague who decides for you while you are away.</source>
        <translation>Choose the colleague who decides for you while you are away.</translation>
    </message>
    <message>
        <source>You cannot delegate your approvals to yourself.</source>
        <translation>You cannot delegate your approvals to yourself.</translation>
    </message>
    <message>
        <source>The last day away cannot come before the first.</source>
        <translation>The last day away cannot come before the first.</translation>
    </message>
    <message>
        <source>These days are over already: choose days from today on.</source>
        <translation>These days are over already: choose days from today on.</translation>
    </message>
    <message>
        <source>%1 decides your approvals from %2 to %3. It is sent with the next sync.</source>
        <translation>%1 decides your approvals from %2 to %3. It is sent with the next sync.</translation>
    </message>
    <message>
        <source>Choose a delegation in the list first.</source>
        <translation>Choose a delegation in the list first.</translation>
    </message>
    <message>
        <source>%1 no longer decides for you.</source>
        <translation>%1 no longer decides for you.</translation>
    </message>
    <message>
        <source>The delegation to %1 is removed.</source>
        <translation>The delegation to %1 is removed.</translation>
    </message>
    <message>
        <source>Delegate while away</source>
        <translation>Delegate while away</translation>
    </message>
    <message>
        <source>While you are away, a colleague decides the approvals waiting for you, on your behalf. They see what waits for you as soon as the server has the delegation, and decide it from the first day.</source>
        <translation>While you are away, a colleague decides the approvals waiting for you, on your behalf. They see what waits for you as soon as the server has the delegation, and decide it from the first day.</translation>
    </message>
    <message>
        <source>I am away &amp;from</source>
        <translation>I am away &amp;from</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <source>&amp;Decides for me</source>
        <translation>&amp;Decides for me</translation>
    </message>
    <message>
        <source>Type a colleague's name</source>
        <translation>Type a colleague's name</translation>
    </message>
    <message>
        <source>&amp;Delegate</source>
        <translation>&amp;Delegate</translation>
    </message>
    <message>
        <source>Your delegations that have not ended</source>
        <translation>Your delegations that have not ended</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Delegate</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Nobody decides for you: you have no delegation now or ahead.</source>
        <translation>Nobody decides for you: you have no delegation now or ahead.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::DwellTotalsDialog</name>
    <message>
        <source>%1 d %2</source>
        <translation>%1 d %2</translation>
    </message>
    <message>
        <source>Time spent: %1</source>
        <translation>Time spent: %1</translation>
    </message>
    <message>
        <source>Adding up the cases' histories…</source>
        <translation>Adding up the cases' histories…</translation>
    </message>
    <message>
        <source>With</source>
        <translation>With</translation>
    </message>
    <message>
        <source>Total (wall clock)</source>
        <translation>Total (wall clock)</translation>
    </message>
    <message>
        <source>Average per case</source>
        <translation>Average per case</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>The first %1 cases of the queue, newest first.</source>
        <translation>The first %1 cases of the queue, newest first.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) of the queue.</source>
        <translation>
            <numerusform>%Ln case of the queue.</numerusform>
            <numerusform>%Ln cases of the queue.</numerusform>
        </translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>No team</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>Statuses</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::FieldDashboard</name>
    <message>
        <source>The figures could not be counted: %1</source>
        <translation>The figures could not be counted: %1</translation>
    </message>
    <message>
        <source>Every unit</source>
        <translation>Every unit</translation>
    </message>
    <message>
        <source>No unit</source>
        <translation>No unit</translation>
    </message>
    <message>
        <source>Too large to add up</source>
        <translation>Too large to add up</translation>
    </message>
    <message>
        <source>Approvals waiting now</source>
        <translation>Approvals waiting now</translation>
    </message>
    <message>
        <source>Approvals waiting now; the oldest since %1</source>
        <translation>Approvals waiting now; the oldest since %1</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Expenses</translation>
    </message>
    <message>
        <source>Million rials</source>
        <translation>Million rials</translation>
    </message>
    <message>
        <source>Rials</source>
        <translation>Rials</translation>
    </message>
    <message>
        <source>Approvals waiting</source>
        <translation>Approvals waiting</translation>
    </message>
    <message>
        <source>Days waiting</source>
        <translation>Days waiting</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Last 90 days</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Any time</translation>
    </message>
    <message>
        <source>Field: every mission and claim in this computer's copy</source>
        <translation>Field: every mission and claim in this computer's copy</translation>
    </message>
    <message>
        <source>Field: the missions and claims of your units</source>
        <translation>Field: the missions and claims of your units</translation>
    </message>
    <message>
        <source>Field: your missions and claims</source>
        <translation>Field: your missions and claims</translation>
    </message>
    <message>
        <source>Missions in the period</source>
        <translation>Missions in the period</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>Under way</translation>
    </message>
    <message>
        <source>Needing another mission</source>
        <translation>Needing another mission</translation>
    </message>
    <message>
        <source>Expenses claimed</source>
        <translation>Expenses claimed</translation>
    </message>
    <message>
        <source>Missions by status</source>
        <translation>Missions by status</translation>
    </message>
    <message>
        <source>Expenses by type</source>
        <translation>Expenses by type</translation>
    </message>
    <message>
        <source>Expenses by unit</source>
        <translation>Expenses by unit</translation>
    </message>
    <message>
        <source>Approvals waiting, by days waited</source>
        <translation>Approvals waiting, by days waited</translation>
    </message>
    <message>
        <source>Expenses: %1</source>
        <translation>Expenses: %1</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::FieldText</name>
    <message>
        <source>Organisational unit</source>
        <translation>Organisational unit</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Business calendar</source>
        <translation>Business calendar</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <source>SLA policy</source>
        <translation>SLA policy</translation>
    </message>
    <message>
        <source>Routing rule</source>
        <translation>Routing rule</translation>
    </message>
    <message>
        <source>Expense policy</source>
        <translation>Expense policy</translation>
    </message>
    <message>
        <source>Approval rule</source>
        <translation>Approval rule</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <source>Citizen's address</source>
        <translation>Citizen's address</translation>
    </message>
    <message>
        <source>Citizen's phone</source>
        <translation>Citizen's phone</translation>
    </message>
    <message>
        <source>Citizen's email</source>
        <translation>Citizen's email</translation>
    </message>
    <message>
        <source>Knowledge subject</source>
        <translation>Knowledge subject</translation>
    </message>
    <message>
        <source>Knowledge article</source>
        <translation>Knowledge article</translation>
    </message>
    <message>
        <source>Article version</source>
        <translation>Article version</translation>
    </message>
    <message>
        <source>Article's service</source>
        <translation>Article's service</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Case note</source>
        <translation>Case note</translation>
    </message>
    <message>
        <source>Case status change</source>
        <translation>Case status change</translation>
    </message>
    <message>
        <source>Case's article</source>
        <translation>Case's article</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>Interaction</translation>
    </message>
    <message>
        <source>Survey response</source>
        <translation>Survey response</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Mission member</source>
        <translation>Mission member</translation>
    </message>
    <message>
        <source>Mission's case</source>
        <translation>Mission's case</translation>
    </message>
    <message>
        <source>Mission comment</source>
        <translation>Mission comment</translation>
    </message>
    <message>
        <source>Expense claim</source>
        <translation>Expense claim</translation>
    </message>
    <message>
        <source>Expense line</source>
        <translation>Expense line</translation>
    </message>
    <message>
        <source>Approval step</source>
        <translation>Approval step</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Actual end</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Actual start</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Anonymized on</source>
        <translation>Anonymized on</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Approver</translation>
    </message>
    <message>
        <source>Approver role</source>
        <translation>Approver role</translation>
    </message>
    <message>
        <source>Approver unit</source>
        <translation>Approver unit</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Article type</source>
        <translation>Article type</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>File fingerprint</source>
        <translation>File fingerprint</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Actions on breach</source>
        <translation>Actions on breach</translation>
    </message>
    <message>
        <source>Budgeted</source>
        <translation>Budgeted</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Case priority</source>
        <translation>Case priority</translation>
    </message>
    <message>
        <source>Change note</source>
        <translation>Change note</translation>
    </message>
    <message>
        <source>Changed on</source>
        <translation>Changed on</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Cap per claim</source>
        <translation>Cap per claim</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Claimant</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Agrees to email</source>
        <translation>Agrees to email</translation>
    </message>
    <message>
        <source>Agrees to SMS</source>
        <translation>Agrees to SMS</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>File type</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>Contract number</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Created by</translation>
    </message>
    <message>
        <source>Daily cap</source>
        <translation>Daily cap</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Default priority</source>
        <translation>Default priority</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Delegate</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Duplicate of</source>
        <translation>Duplicate of</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>Effective date</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Ended at</source>
        <translation>Ended at</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>Ends at</translation>
    </message>
    <message>
        <source>Expense type</source>
        <translation>Expense type</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Expires on</translation>
    </message>
    <message>
        <source>Father's name</source>
        <translation>Father's name</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>First name (Latin)</source>
        <translation>First name (Latin)</translation>
    </message>
    <message>
        <source>First response on</source>
        <translation>First response on</translation>
    </message>
    <message>
        <source>First response due</source>
        <translation>First response due</translation>
    </message>
    <message>
        <source>First response time (minutes)</source>
        <translation>First response time (minutes)</translation>
    </message>
    <message>
        <source>Follow-up of</source>
        <translation>Follow-up of</translation>
    </message>
    <message>
        <source>From status</source>
        <translation>From status</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Internal</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primary</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Keywords</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Last name (Latin)</source>
        <translation>Last name (Latin)</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Linked by</source>
        <translation>Linked by</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Major version</source>
        <translation>Major version</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Merged into</translation>
    </message>
    <message>
        <source>Minimum amount</source>
        <translation>Minimum amount</translation>
    </message>
    <message>
        <source>Minor version</source>
        <translation>Minor version</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>Persian name</source>
        <translation>Persian name</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>National ID</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>On behalf of</source>
        <translation>On behalf of</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Order number</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Owner assignment</source>
        <translation>Owner assignment</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>Attached to</translation>
    </message>
    <message>
        <source>Owning unit</source>
        <translation>Owning unit</translation>
    </message>
    <message>
        <source>Parent case</source>
        <translation>Parent case</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Planned start</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Preferred channel</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Preferred language</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Publish on</source>
        <translation>Publish on</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Receipt required above</source>
        <translation>Receipt required above</translation>
    </message>
    <message>
        <source>Receipt fingerprint</source>
        <translation>Receipt fingerprint</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Reference number</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Resolution article</source>
        <translation>Resolution article</translation>
    </message>
    <message>
        <source>Resolution due</source>
        <translation>Resolution due</translation>
    </message>
    <message>
        <source>Resolution time (minutes)</source>
        <translation>Resolution time (minutes)</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>Resolved on</translation>
    </message>
    <message>
        <source>Resolved the case</source>
        <translation>Resolved the case</translation>
    </message>
    <message>
        <source>Cases resolved</source>
        <translation>Cases resolved</translation>
    </message>
    <message>
        <source>Responded on</source>
        <translation>Responded on</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>SLA paused on</source>
        <translation>SLA paused on</translation>
    </message>
    <message>
        <source>SLA paused for</source>
        <translation>SLA paused for</translation>
    </message>
    <message>
        <source>Spent on</source>
        <translation>Spent on</translation>
    </message>
    <message>
        <source>Started at</source>
        <translation>Started at</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Starts at</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Subject type</source>
        <translation>Subject type</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>Submitted on</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>To status</source>
        <translation>To status</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Tracking code</source>
        <translation>Tracking code</translation>
    </message>
    <message>
        <source>Means of transport</source>
        <translation>Means of transport</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Uploaded by</source>
        <translation>Uploaded by</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Visibility</translation>
    </message>
    <message>
        <source>Warning actions</source>
        <translation>Warning actions</translation>
    </message>
    <message>
        <source>Warning at (percent)</source>
        <translation>Warning at (percent)</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Working hours</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Created on</translation>
    </message>
    <message>
        <source>Updated on</source>
        <translation>Updated on</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Custom fields</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation>Mobile app</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Waiting for the citizen</source>
        <translation>Waiting for the citizen</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation>Unspecified</translation>
    </message>
    <message>
        <source>FAQ</source>
        <translation>FAQ</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation>Regulation</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Completed, needs follow-up</source>
        <translation>Completed, needs follow-up</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Lodging</source>
        <translation>Lodging</translation>
    </message>
    <message>
        <source>Per diem</source>
        <translation>Per diem</translation>
    </message>
    <message>
        <source>Meals</source>
        <translation>Meals</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Landline</source>
        <translation>Landline</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Outgoing</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>In turn</source>
        <translation>In turn</translation>
    </message>
    <message>
        <source>Least loaded</source>
        <translation>Least loaded</translation>
    </message>
    <message>
        <source>Fixed person</source>
        <translation>Fixed person</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Driver</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Reason for the status</source>
        <translation>Reason for the status</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::ForecastPanel</name>
    <message>
        <source>All services</source>
        <translation>All services</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 to %3)</translation>
    </message>
    <message>
        <source>Error on past weeks (requests a week)</source>
        <translation>Error on past weeks (requests a week)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Requests per week and the next four weeks' forecast</source>
        <translation>Requests per week and the next four weeks' forecast</translation>
    </message>
    <message>
        <source>Requests per week</source>
        <translation>Requests per week</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Likely range</source>
        <translation>Likely range</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <source>Forecast for past weeks</source>
        <translation>Forecast for past weeks</translation>
    </message>
    <message>
        <source>Too little history to forecast: at least %1 complete weeks of requests are needed; this computer's copy holds only %2.</source>
        <translation>Too little history to forecast: at least %1 complete weeks of requests are needed; this computer's copy holds only %2.</translation>
    </message>
    <message>
        <source>week of %1: %2 (%3 to %4)</source>
        <translation>week of %1: %2 (%3 to %4)</translation>
    </message>
    <message>
        <source>Requests forecast for the next four weeks: %1.</source>
        <translation>Requests forecast for the next four weeks: %1.</translation>
    </message>
    <message>
        <source>No past week can be measured yet: the error will show after a few more weeks.</source>
        <translation>No past week can be measured yet: the error will show after a few more weeks.</translation>
    </message>
    <message numerus="yes">
        <source>On the last %n weeks the forecast was off by %1 requests a week on average.</source>
        <translation>
            <numerusform>On the last %n week the forecast was off by %1 requests.</numerusform>
            <numerusform>On the last %n weeks the forecast was off by %1 requests a week on average.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On the last %n weeks the forecast was off by %1 requests a week on average (%2).</source>
        <translation>
            <numerusform>On the last %n week the forecast was off by %1 requests (%2).</numerusform>
            <numerusform>On the last %n weeks the forecast was off by %1 requests a week on average (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>How: the typical week of the last eight (the busiest and the quietest left out), raised or lowered as the same weeks went a year earlier.</source>
        <translation>How: the typical week of the last eight (the busiest and the quietest left out), raised or lowered as the same weeks went a year earlier.</translation>
    </message>
    <message>
        <source>How: the typical week of the last eight (the busiest and the quietest left out); the season is allowed for once there is a year and two months of history.</source>
        <translation>How: the typical week of the last eight (the busiest and the quietest left out); the season is allowed for once there is a year and two months of history.</translation>
    </message>
    <message>
        <source>Forecast: every case in this computer's copy</source>
        <translation>Forecast: every case in this computer's copy</translation>
    </message>
    <message>
        <source>Forecast: the cases of your units</source>
        <translation>Forecast: the cases of your units</translation>
    </message>
    <message>
        <source>Forecast: your cases</source>
        <translation>Forecast: your cases</translation>
    </message>
    <message>
        <source>%1: requests of the week of %2</source>
        <translation>%1: requests of the week of %2</translation>
    </message>
    <message>
        <source>Requests of the week of %1</source>
        <translation>Requests of the week of %1</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::GlobalSearchBox</name>
    <message>
        <source>Search this section's list</source>
        <translation>Search this section's list</translation>
    </message>
    <message>
        <source>This section has no list to search</source>
        <translation>This section has no list to search</translation>
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
    <message>
        <source>Welcome, %1.</source>
        <translation>Welcome, %1.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::IntakeDialog</name>
    <message>
        <source>No citizen found. Tick "New citizen" to add them.</source>
        <translation>No citizen found. Tick "New citizen" to add them.</translation>
    </message>
    <message>
        <source>As the service says</source>
        <translation>As the service says</translation>
    </message>
    <message>
        <source>As the service says (%1)</source>
        <translation>As the service says (%1)</translation>
    </message>
    <message>
        <source>No unit is set to handle this service yet.</source>
        <translation>No unit is set to handle this service yet.</translation>
    </message>
    <message>
        <source>Goes to: %1</source>
        <translation>Goes to: %1</translation>
    </message>
    <message>
        <source>Type the new citizen's name.</source>
        <translation>Type the new citizen's name.</translation>
    </message>
    <message>
        <source>Choose the service the request is about.</source>
        <translation>Choose the service the request is about.</translation>
    </message>
    <message>
        <source>Write what the citizen asks for.</source>
        <translation>Write what the citizen asks for.</translation>
    </message>
    <message>
        <source>The same request again (%1).</source>
        <translation>The same request again (%1).</translation>
    </message>
    <message>
        <source>The same request again, from %1 (%2).</source>
        <translation>The same request again, from %1 (%2).</translation>
    </message>
    <message>
        <source>Give both coordinates, or neither.</source>
        <translation>Give both coordinates, or neither.</translation>
    </message>
    <message>
        <source>The coordinates are not a place on the map (latitude −90 to 90, longitude −180 to 180, with a dot for decimals).</source>
        <translation>The coordinates are not a place on the map (latitude −90 to 90, longitude −180 to 180, with a dot for decimals).</translation>
    </message>
    <message>
        <source>Added to the open request</source>
        <translation>Added to the open request</translation>
    </message>
    <message>
        <source>Request saved</source>
        <translation>Request saved</translation>
    </message>
    <message>
        <source>Read this tracking code to the citizen. With it they can follow the request. It is sent to the server with the next sync.</source>
        <translation>Read this tracking code to the citizen. With it they can follow the request. It is sent to the server with the next sync.</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>Discard this request? What you typed is not saved.</source>
        <translation>Discard this request? What you typed is not saved.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Keep typing</source>
        <translation>Keep typing</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <source>National ID, phone, tracking code or name…</source>
        <translation>National ID, phone, tracking code or name…</translation>
    </message>
    <message>
        <source>New citizen</source>
        <translation>New citizen</translation>
    </message>
    <message>
        <source>Add to the selected request instead</source>
        <translation>Add to the selected request instead</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>National ID</translation>
    </message>
    <message>
        <source>Mobile or phone</source>
        <translation>Mobile or phone</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Coordinates</translation>
    </message>
    <message>
        <source>Call notes</source>
        <translation>Call notes</translation>
    </message>
    <message>
        <source>Type to find the service…</source>
        <translation>Type to find the service…</translation>
    </message>
    <message>
        <source>Type to find the district…</source>
        <translation>Type to find the district…</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Save the case</source>
        <translation>Save the case</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Open the case</source>
        <translation>Open the case</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message numerus="yes">
        <source>The citizen's open requests, and open requests like this one (same service and district, last %n day(s))</source>
        <translation>
            <numerusform>The citizen's open requests, and open requests like this one (same service and district, last %n day)</numerusform>
            <numerusform>The citizen's open requests, and open requests like this one (same service and district, last %n days)</numerusform>
        </translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>This citizen's</source>
        <translation>This citizen's</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>These files were not attached; attach them again from the case:
%1</source>
        <translation>These files were not attached; attach them again from the case:
%1</translation>
    </message>
    <message>
        <source>Answers from the knowledge base</source>
        <translation>Answers from the knowledge base</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::KnowledgePage</name>
    <message>
        <source>Search articles: any spelling, in Persian or English</source>
        <translation>Search articles: any spelling, in Persian or English</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Every kind</translation>
    </message>
    <message>
        <source>Both languages</source>
        <translation>Both languages</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Persian</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Every status</translation>
    </message>
    <message>
        <source>New article…</source>
        <translation>New article…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Versions…</source>
        <translation>Versions…</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Attach…</translation>
    </message>
    <message>
        <source>Attach forms, photos or documents to the article; they are sent with the next sync</source>
        <translation>Attach forms, photos or documents to the article; they are sent with the next sync</translation>
    </message>
    <message>
        <source>Send for review</source>
        <translation>Send for review</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source>Return to the author</source>
        <translation>Return to the author</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Write a new version</source>
        <translation>Write a new version</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Show more</translation>
    </message>
    <message>
        <source>All subjects</source>
        <translation>All subjects</translation>
    </message>
    <message>
        <source>No articles here yet.</source>
        <translation>No articles here yet.</translation>
    </message>
    <message>
        <source>No article matches. Try fewer or other words.</source>
        <translation>No article matches. Try fewer or other words.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln article(s)</source>
        <translation>
            <numerusform>%1 of %Ln article</numerusform>
            <numerusform>%1 of %Ln articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an article first.</source>
        <translation>Choose an article first.</translation>
    </message>
    <message>
        <source>You may not do this with the article in its present status.</source>
        <translation>You may not do this with the article in its present status.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not attached:
%1</source>
        <translation>Not attached:
%1</translation>
    </message>
    <message>
        <source>%1 of more than %2 articles: add a word to narrow them</source>
        <translation>%1 of more than %2 articles: add a word to narrow them</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::KnowledgeSubjects</name>
    <message>
        <source>All subjects</source>
        <translation>All subjects</translation>
    </message>
    <message>
        <source>No subject</source>
        <translation>No subject</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::LogContactDialog</name>
    <message>
        <source>Log a call with %1</source>
        <translation>Log a call with %1</translation>
    </message>
    <message>
        <source>Send a message to %1</source>
        <translation>Send a message to %1</translation>
    </message>
    <message>
        <source>The citizen called</source>
        <translation>The citizen called</translation>
    </message>
    <message>
        <source>We called the citizen</source>
        <translation>We called the citizen</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Send by</source>
        <translation>Send by</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>What was said</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Not sent yet: this computer cannot send messages until the notifications feature is in place. The message is kept in the citizen's timeline as queued, and will be sent then.</source>
        <translation>Not sent yet: this computer cannot send messages until the notifications feature is in place. The message is kept in the citizen's timeline as queued, and will be sent then.</translation>
    </message>
    <message>
        <source>Save the call</source>
        <translation>Save the call</translation>
    </message>
    <message>
        <source>Queue the message</source>
        <translation>Queue the message</translation>
    </message>
    <message>
        <source>The citizen has not agreed to receive messages this way.</source>
        <translation>The citizen has not agreed to receive messages this way.</translation>
    </message>
    <message>
        <source>Enter when the call started.</source>
        <translation>Enter when the call started.</translation>
    </message>
    <message>
        <source>The call cannot end before it started.</source>
        <translation>The call cannot end before it started.</translation>
    </message>
    <message>
        <source>Write the message first.</source>
        <translation>Write the message first.</translation>
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
        <source>Today's date (Iran time)</source>
        <translation>Today's date (Iran time)</translation>
    </message>
    <message>
        <source>About Shahrvand</source>
        <translation>About Shahrvand</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Shahrvand %1&lt;/h3&gt;&lt;p&gt;Citizen relationship management for municipalities and public-service organisations.&lt;/p&gt;&lt;p&gt;The Vazirmatn typeface is used under the SIL Open Font License 1.1.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Shahrvand %1&lt;/h3&gt;&lt;p&gt;Citizen relationship management for municipalities and public-service organisations.&lt;/p&gt;&lt;p&gt;The Vazirmatn typeface is used under the SIL Open Font License 1.1.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Sync finished with %Ln conflict(s) waiting for you.</source>
        <translation>
            <numerusform>Sync finished with %Ln conflict waiting for you.</numerusform>
            <numerusform>Sync finished with %Ln conflicts waiting for you.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the conflicts</source>
        <translation>Open the conflicts</translation>
    </message>
    <message>
        <source>Sync did not finish: %1</source>
        <translation>Sync did not finish: %1</translation>
    </message>
    <message>
        <source>The server ended your session. Your work stays on this computer.</source>
        <translation>The server ended your session. Your work stays on this computer.</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Sign in again</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>Main tool bar</translation>
    </message>
    <message>
        <source>No roles</source>
        <translation>No roles</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Your account: %1</source>
        <translation>Your account: %1</translation>
    </message>
    <message>
        <source>This section has no list to export.</source>
        <translation>This section has no list to export.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Export to CSV</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Print to PDF</source>
        <translation>Print to PDF</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Save as</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::MissionListModel</name>
    <message>
        <source>(not sent yet)</source>
        <translation>(not sent yet)</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Order number</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Planned period</source>
        <translation>Planned period</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::MissionOrderForm</name>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>(not sent yet)</source>
        <translation>(not sent yet)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: write the time as hours and minutes, such as %2.</source>
        <translation>%1: write the time as hours and minutes, such as %2.</translation>
    </message>
    <message>
        <source>Write the purpose of the mission.</source>
        <translation>Write the purpose of the mission.</translation>
    </message>
    <message>
        <source>The purpose is too long: at most 2,000 characters.</source>
        <translation>The purpose is too long: at most 2,000 characters.</translation>
    </message>
    <message>
        <source>Choose the unit that requests the mission.</source>
        <translation>Choose the unit that requests the mission.</translation>
    </message>
    <message>
        <source>Give both the latitude and the longitude of the destination, or neither.</source>
        <translation>Give both the latitude and the longitude of the destination, or neither.</translation>
    </message>
    <message>
        <source>The latitude is a number of degrees from -90 to 90, such as 35.6892.</source>
        <translation>The latitude is a number of degrees from -90 to 90, such as 35.6892.</translation>
    </message>
    <message>
        <source>The longitude is a number of degrees from -180 to 180, such as 51.3890.</source>
        <translation>The longitude is a number of degrees from -180 to 180, such as 51.3890.</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Planned start</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <source>The planned end must come after the planned start.</source>
        <translation>The planned end must come after the planned start.</translation>
    </message>
    <message>
        <source>Requesting unit</source>
        <translation>Requesting unit</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Position (latitude / longitude)</source>
        <translation>Position (latitude / longitude)</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Contract or order number</source>
        <translation>Contract or order number</translation>
    </message>
    <message>
        <source>Follow-up of</source>
        <translation>Follow-up of</translation>
    </message>
    <message>
        <source>The mission has a budget (finance approves it too)</source>
        <translation>The mission has a budget (finance approves it too)</translation>
    </message>
    <message>
        <source>&amp;Save the order</source>
        <translation>&amp;Save the order</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::MissionReportPanel</name>
    <message>
        <source>Case %1 (not in this computer's copy)</source>
        <translation>Case %1 (not in this computer's copy)</translation>
    </message>
    <message>
        <source>What was done for this case (up to %1 characters)</source>
        <translation>What was done for this case (up to %1 characters)</translation>
    </message>
    <message>
        <source>Sent with the next sync</source>
        <translation>Sent with the next sync</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>On the server</translation>
    </message>
    <message>
        <source>Photos and documents (%1)</source>
        <translation>Photos and documents (%1)</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Started: %1</translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation>Ended: %1</translation>
    </message>
    <message>
        <source>An actual time cannot lie in the future.</source>
        <translation>An actual time cannot lie in the future.</translation>
    </message>
    <message>
        <source>The mission cannot end before it started.</source>
        <translation>The mission cannot end before it started.</translation>
    </message>
    <message>
        <source>Enter when the mission started as well as when it ended.</source>
        <translation>Enter when the mission started as well as when it ended.</translation>
    </message>
    <message>
        <source>The report is longer than %1 characters; shorten it or attach it as a document.</source>
        <translation>The report is longer than %1 characters; shorten it or attach it as a document.</translation>
    </message>
    <message>
        <source>An outcome is longer than %1 characters: %2</source>
        <translation>An outcome is longer than %1 characters: %2</translation>
    </message>
    <message>
        <source>The report was not saved: %1</source>
        <translation>The report was not saved: %1</translation>
    </message>
    <message>
        <source>Saved on this computer. It is sent with the next sync.</source>
        <translation>Saved on this computer. It is sent with the next sync.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not attached:
%1</source>
        <translation>Not attached:
%1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached. They are sent with the next sync.</source>
        <translation>
            <numerusform>%n file attached. It is sent with the next sync.</numerusform>
            <numerusform>%n files attached. They are sent with the next sync.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a mission to see its report.</source>
        <translation>Choose a mission to see its report.</translation>
    </message>
    <message>
        <source>Write what was done while the mission is under way; it reaches each case when the mission is completed. Saved on this computer, sent with the next sync.</source>
        <translation>Write what was done while the mission is under way; it reaches each case when the mission is completed. Saved on this computer, sent with the next sync.</translation>
    </message>
    <message>
        <source>The report is written once the order is issued, by the people sent on the mission or the unit's supervisor.</source>
        <translation>The report is written once the order is issued, by the people sent on the mission or the unit's supervisor.</translation>
    </message>
    <message>
        <source>Only the people sent on the mission and the unit's supervisor write its report.</source>
        <translation>Only the people sent on the mission and the unit's supervisor write its report.</translation>
    </message>
    <message>
        <source>The mission has ended: its report is kept as it was written.</source>
        <translation>The mission has ended: its report is kept as it was written.</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 of %2 characters</translation>
    </message>
    <message>
        <source>Actual times</source>
        <translation>Actual times</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <source>Where the team went, what they found and did, what is left to do.</source>
        <translation>Where the team went, what they found and did, what is left to do.</translation>
    </message>
    <message>
        <source>Each linked case</source>
        <translation>Each linked case</translation>
    </message>
    <message>
        <source>No cases are linked to this mission.</source>
        <translation>No cases are linked to this mission.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Photos and documents</source>
        <translation>Photos and documents</translation>
    </message>
    <message>
        <source>Attach a photo or document…</source>
        <translation>Attach a photo or document…</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Save the report</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::MissionText</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Draft — awaiting approval</source>
        <translation>Draft — awaiting approval</translation>
    </message>
    <message>
        <source>Draft — approved, ready to issue</source>
        <translation>Draft — approved, ready to issue</translation>
    </message>
    <message>
        <source>Draft — rejected</source>
        <translation>Draft — rejected</translation>
    </message>
    <message>
        <source>Draft — returned for correction</source>
        <translation>Draft — returned for correction</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1, %2 to %3</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation>Submit for approval</translation>
    </message>
    <message>
        <source>Take back to draft</source>
        <translation>Take back to draft</translation>
    </message>
    <message>
        <source>Issue the order</source>
        <translation>Issue the order</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>Complete — another mission needed</source>
        <translation>Complete — another mission needed</translation>
    </message>
    <message>
        <source>Cancel the mission…</source>
        <translation>Cancel the mission…</translation>
    </message>
    <message>
        <source>Submitted for approval. It is sent with the next sync.</source>
        <translation>Submitted for approval. It is sent with the next sync.</translation>
    </message>
    <message>
        <source>Taken back to draft: the order may be changed again.</source>
        <translation>Taken back to draft: the order may be changed again.</translation>
    </message>
    <message>
        <source>The order is issued. It reaches the officers with the next sync.</source>
        <translation>The order is issued. It reaches the officers with the next sync.</translation>
    </message>
    <message>
        <source>The mission has started.</source>
        <translation>The mission has started.</translation>
    </message>
    <message>
        <source>The mission is completed.</source>
        <translation>The mission is completed.</translation>
    </message>
    <message>
        <source>The mission is completed; another mission is needed.</source>
        <translation>The mission is completed; another mission is needed.</translation>
    </message>
    <message>
        <source>The mission is cancelled.</source>
        <translation>The mission is cancelled.</translation>
    </message>
    <message>
        <source>Issue needs at least one assignee.</source>
        <translation>Issue needs at least one assignee.</translation>
    </message>
    <message>
        <source>Issue needs the approval of the mission first.</source>
        <translation>Issue needs the approval of the mission first.</translation>
    </message>
    <message>
        <source>The mission is already waiting for approval or approved.</source>
        <translation>The mission is already waiting for approval or approved.</translation>
    </message>
    <message>
        <source>Your role may not do this on this mission: %1.</source>
        <translation>Your role may not do this on this mission: %1.</translation>
    </message>
    <message>
        <source>Not possible in the mission's current status: %1.</source>
        <translation>Not possible in the mission's current status: %1.</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Driver</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::MissionWorkspace</name>
    <message>
        <source>The order is waiting for approval or approved: take it back to draft to change it.</source>
        <translation>The order is waiting for approval or approved: take it back to draft to change it.</translation>
    </message>
    <message>
        <source>The order was issued and is no longer changed (%1).</source>
        <translation>The order was issued and is no longer changed (%1).</translation>
    </message>
    <message>
        <source>Only the requester of the mission or the unit's supervisor changes the order.</source>
        <translation>Only the requester of the mission or the unit's supervisor changes the order.</translation>
    </message>
    <message>
        <source>New mission</source>
        <translation>New mission</translation>
    </message>
    <message>
        <source>Mission (order number after the next sync)</source>
        <translation>Mission (order number after the next sync)</translation>
    </message>
    <message>
        <source>Mission order %1</source>
        <translation>Mission order %1</translation>
    </message>
    <message>
        <source>The mission waits for its approvers' decisions (see Approvals).</source>
        <translation>The mission waits for its approvers' decisions (see Approvals).</translation>
    </message>
    <message>
        <source>Expenses: no submitted, approved or paid claim for this mission.</source>
        <translation>Expenses: no submitted, approved or paid claim for this mission.</translation>
    </message>
    <message>
        <source>Expenses: the claims of this mission add up to more than can be recorded; their amounts need checking.</source>
        <translation>Expenses: the claims of this mission add up to more than can be recorded; their amounts need checking.</translation>
    </message>
    <message numerus="yes">
        <source>Expenses: %Ln claim(s) submitted, approved or paid, %1 in all.</source>
        <translation>
            <numerusform>Expenses: %Ln claim submitted, approved or paid, %1 in all.</numerusform>
            <numerusform>Expenses: %Ln claims submitted, approved or paid, %1 in all.</numerusform>
        </translation>
    </message>
    <message>
        <source>You may not change this mission's order now.</source>
        <translation>You may not change this mission's order now.</translation>
    </message>
    <message>
        <source>The mission is saved as a draft on this computer. Add the people and the cases, then submit it for approval.</source>
        <translation>The mission is saved as a draft on this computer. Add the people and the cases, then submit it for approval.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>The order is saved. It is sent with the next sync.</source>
        <translation>The order is saved. It is sent with the next sync.</translation>
    </message>
    <message>
        <source>Save the mission first.</source>
        <translation>Save the mission first.</translation>
    </message>
    <message>
        <source>The order has changes not saved yet: save them first (or open the mission again to leave them).</source>
        <translation>The order has changes not saved yet: save them first (or open the mission again to leave them).</translation>
    </message>
    <message>
        <source>Take the issued order back to draft? The officers no longer have an order, and it needs approval again.</source>
        <translation>Take the issued order back to draft? The officers no longer have an order, and it needs approval again.</translation>
    </message>
    <message>
        <source>Cancel this mission? It cannot be taken up again. Why is it cancelled? (the reason goes to its comments)</source>
        <translation>Cancel this mission? It cannot be taken up again. Why is it cancelled? (the reason goes to its comments)</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Cancelled: %1</translation>
    </message>
    <message>
        <source>Draft the follow-up mission now? Its order is copied from this one and its cases carried over; you set the new period.</source>
        <translation>Draft the follow-up mission now? Its order is copied from this one and its cases carried over; you set the new period.</translation>
    </message>
    <message>
        <source>The follow-up mission is drafted. Set its period and people, then submit it for approval.</source>
        <translation>The follow-up mission is drafted. Set its period and people, then submit it for approval.</translation>
    </message>
    <message>
        <source>Your role does not request missions: ask the unit's supervisor.</source>
        <translation>Your role does not request missions: ask the unit's supervisor.</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Cancel the mission</source>
        <translation>Cancel the mission</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Back to the list</translation>
    </message>
    <message>
        <source>Back to the missions</source>
        <translation>Back to the missions</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <source>Choose the person to send from the list.</source>
        <translation>Choose the person to send from the list.</translation>
    </message>
    <message>
        <source>Choose the person to take off in the list.</source>
        <translation>Choose the person to take off in the list.</translation>
    </message>
    <message>
        <source>Choose the case to link from the list.</source>
        <translation>Choose the case to link from the list.</translation>
    </message>
    <message>
        <source>Choose the case to take off in the list.</source>
        <translation>Choose the case to take off in the list.</translation>
    </message>
    <message>
        <source>People are sent on a mission by the unit's supervisor.</source>
        <translation>People are sent on a mission by the unit's supervisor.</translation>
    </message>
    <message>
        <source>%1 is already on this mission.</source>
        <translation>%1 is already on this mission.</translation>
    </message>
    <message>
        <source>The cases this mission goes for. Their outcomes are written with the mission's report.</source>
        <translation>The cases this mission goes for. Their outcomes are written with the mission's report.</translation>
    </message>
    <message>
        <source>The cases this mission goes for, with their outcomes. They are changed with the order, as a draft.</source>
        <translation>The cases this mission goes for, with their outcomes. They are changed with the order, as a draft.</translation>
    </message>
    <message>
        <source>(not in this computer's copy)</source>
        <translation>(not in this computer's copy)</translation>
    </message>
    <message>
        <source>Cases are linked while the order is a draft, by its requester or the unit's supervisor.</source>
        <translation>Cases are linked while the order is a draft, by its requester or the unit's supervisor.</translation>
    </message>
    <message>
        <source>This case is already linked to the mission.</source>
        <translation>This case is already linked to the mission.</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>Waiting to sync</translation>
    </message>
    <message>
        <source>Write the comment first.</source>
        <translation>Write the comment first.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 for %2</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>No approval yet: the chain starts when the mission is submitted (the server writes its steps).</source>
        <translation>No approval yet: the chain starts when the mission is submitted (the server writes its steps).</translation>
    </message>
    <message>
        <source>Each submission's approval chain, step by step.</source>
        <translation>Each submission's approval chain, step by step.</translation>
    </message>
    <message>
        <source>People sent on the mission</source>
        <translation>People sent on the mission</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role on the mission</source>
        <translation>Role on the mission</translation>
    </message>
    <message>
        <source>Find a person by name…</source>
        <translation>Find a person by name…</translation>
    </message>
    <message>
        <source>Send on the mission</source>
        <translation>Send on the mission</translation>
    </message>
    <message>
        <source>Take off the mission</source>
        <translation>Take off the mission</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Find a case by tracking code or subject…</source>
        <translation>Find a case by tracking code or subject…</translation>
    </message>
    <message>
        <source>Link the case</source>
        <translation>Link the case</translation>
    </message>
    <message>
        <source>Unlink the chosen case</source>
        <translation>Unlink the chosen case</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Written</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>A comment for the units working on this mission…</source>
        <translation>A comment for the units working on this mission…</translation>
    </message>
    <message>
        <source>Add the comment</source>
        <translation>Add the comment</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Submission</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Approver</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::MissionsPage</name>
    <message>
        <source>No missions in this computer's copy yet. They arrive with the next sync.</source>
        <translation>No missions in this computer's copy yet. They arrive with the next sync.</translation>
    </message>
    <message>
        <source>No mission of yours matches. "All I can see" shows the others.</source>
        <translation>No mission of yours matches. "All I can see" shows the others.</translation>
    </message>
    <message>
        <source>No mission matches the filters.</source>
        <translation>No mission matches the filters.</translation>
    </message>
    <message>
        <source>%1 of %2 missions</source>
        <translation>%1 of %2 missions</translation>
    </message>
    <message>
        <source>My missions</source>
        <translation>My missions</translation>
    </message>
    <message>
        <source>All I can see</source>
        <translation>All I can see</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Every status</translation>
    </message>
    <message>
        <source>New mission</source>
        <translation>New mission</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <source>Expense claims</source>
        <translation>Expense claims</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::NotificationsArea</name>
    <message numerus="yes">
        <source>Notifications: %Ln unread</source>
        <translation>
            <numerusform>Notifications: %Ln unread</numerusform>
            <numerusform>Notifications: %Ln unread</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>No notifications</source>
        <translation>No notifications</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>notice, then what choosing it does</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Clear notifications</source>
        <translation>Clear notifications</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::QueueFilterDialog</name>
    <message>
        <source>Filter the queue</source>
        <translation>Filter the queue</translation>
    </message>
    <message>
        <source>Only cases with one of the ticked values in each list are shown; a list with nothing ticked does not narrow the queue.</source>
        <translation>Only cases with one of the ticked values in each list are shown; a list with nothing ticked does not narrow the queue.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Name, to keep it as a view (e.g. “Urgent lighting”)</source>
        <translation>Name, to keep it as a view (e.g. “Urgent lighting”)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Save the view</source>
        <translation>Save the view</translation>
    </message>
    <message>
        <source>Save as a view</source>
        <translation>Save as a view</translation>
    </message>
    <message>
        <source>Remove the view</source>
        <translation>Remove the view</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Give the view a name to keep it.</source>
        <translation>Give the view a name to keep it.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::ReceiptViewer</name>
    <message>
        <source>receipt</source>
        <translation>receipt</translation>
    </message>
    <message>
        <source>There is no room for a copy on this computer.</source>
        <translation>There is no room for a copy on this computer.</translation>
    </message>
    <message>
        <source>No program on this computer opens “%1”.</source>
        <translation>No program on this computer opens “%1”.</translation>
    </message>
    <message>
        <source>No receipt is attached to this line.</source>
        <translation>No receipt is attached to this line.</translation>
    </message>
    <message>
        <source>“%1” opens in the desktop's own viewer.</source>
        <translation>“%1” opens in the desktop's own viewer.</translation>
    </message>
    <message>
        <source>The receipt “%1” is on the server.</source>
        <translation>The receipt “%1” is on the server.</translation>
    </message>
    <message>
        <source>The receipt “%1” is on the server: it can be seen when this computer is connected.</source>
        <translation>The receipt “%1” is on the server: it can be seen when this computer is connected.</translation>
    </message>
    <message>
        <source>Fetching “%1” from the server…</source>
        <translation>Fetching “%1” from the server…</translation>
    </message>
    <message>
        <source>The receipt could not be shown: %1</source>
        <translation>The receipt could not be shown: %1</translation>
    </message>
    <message>
        <source>Open the receipt</source>
        <translation>Open the receipt</translation>
    </message>
    <message>
        <source>Fetch from the server</source>
        <translation>Fetch from the server</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::RoutingRulesDialog</name>
    <message>
        <source>Round robin</source>
        <translation>Round robin</translation>
    </message>
    <message>
        <source>Least loaded</source>
        <translation>Least loaded</translation>
    </message>
    <message>
        <source>A fixed person</source>
        <translation>A fixed person</translation>
    </message>
    <message>
        <source>The team's queue</source>
        <translation>The team's queue</translation>
    </message>
    <message>
        <source>New routing rule</source>
        <translation>New routing rule</translation>
    </message>
    <message>
        <source>Routing rule</source>
        <translation>Routing rule</translation>
    </message>
    <message>
        <source>Any service</source>
        <translation>Any service</translation>
    </message>
    <message>
        <source>Any district</source>
        <translation>Any district</translation>
    </message>
    <message>
        <source>Type the team…</source>
        <translation>Type the team…</translation>
    </message>
    <message>
        <source>For a fixed person: type a name…</source>
        <translation>For a fixed person: type a name…</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Any channel</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Any priority</translation>
    </message>
    <message>
        <source>Words or phrases, separated by commas: any of them matches</source>
        <translation>Words or phrases, separated by commas: any of them matches</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>When a new case has…</source>
        <translation>When a new case has…</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Keywords</translation>
    </message>
    <message>
        <source>…it goes to</source>
        <translation>…it goes to</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Save the rule</source>
        <translation>Save the rule</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Routing rules</source>
        <translation>Routing rules</translation>
    </message>
    <message>
        <source>A new case goes to the team of the first active rule, in this order, that matches everything the rule names. No rule matches: the service's responsible unit. Changes are sent with the next sync.</source>
        <translation>A new case goes to the team of the first active rule, in this order, that matches everything the rule names. No rule matches: the service's responsible unit. Changes are sent with the next sync.</translation>
    </message>
    <message>
        <source>A new case goes to the team of the first active rule, in this order, that matches everything the rule names. Only administrators change the rules.</source>
        <translation>A new case goes to the team of the first active rule, in this order, that matches everything the rule names. Only administrators change the rules.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Try: where would a case go?</source>
        <translation>Try: where would a case go?</translation>
    </message>
    <message>
        <source>Service…</source>
        <translation>Service…</translation>
    </message>
    <message>
        <source>District…</source>
        <translation>District…</translation>
    </message>
    <message>
        <source>What the citizen says…</source>
        <translation>What the citizen says…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>Not active</source>
        <translation>Not active</translation>
    </message>
    <message>
        <source>Rule %1: to %2.</source>
        <translation>Rule %1: to %2.</translation>
    </message>
    <message>
        <source>No rule matches: to the service's responsible unit, %1.</source>
        <translation>No rule matches: to the service's responsible unit, %1.</translation>
    </message>
    <message>
        <source>No rule matches, and the service names no responsible unit.</source>
        <translation>No rule matches, and the service names no responsible unit.</translation>
    </message>
    <message>
        <source>Only administrators change the routing rules.</source>
        <translation>Only administrators change the routing rules.</translation>
    </message>
    <message>
        <source>Choose the team the cases go to.</source>
        <translation>Choose the team the cases go to.</translation>
    </message>
    <message>
        <source>Choose the person, or another way to pick the owner.</source>
        <translation>Choose the person, or another way to pick the owner.</translation>
    </message>
    <message>
        <source>Nothing to move.</source>
        <translation>Nothing to move.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::RowListPage</name>
    <message>
        <source>Nothing here yet. The list fills in as the workstation syncs with the server.</source>
        <translation>Nothing here yet. The list fills in as the workstation syncs with the server.</translation>
    </message>
    <message>
        <source>Read more rows</source>
        <translation>Read more rows</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the rows read so far match.</source>
        <translation>
            <numerusform>%Ln of the rows read so far matches.</numerusform>
            <numerusform>%Ln of the rows read so far match.</numerusform>
        </translation>
    </message>
    <message>
        <source>The search looks only at rows already read from this computer's copy; read more rows to search further.</source>
        <translation>The search looks only at rows already read from this computer's copy; read more rows to search further.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) shown.</source>
        <translation>
            <numerusform>%Ln row shown.</numerusform>
            <numerusform>%Ln rows shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scroll down to read more.</source>
        <translation>Scroll down to read more.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::SearchPicker</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::Section</name>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>Citizens</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Knowledge</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>Dashboards</translation>
    </message>
    <message>
        <source>The cases of your teams and the cases you own, as last synced.</source>
        <translation>The cases of your teams and the cases you own, as last synced.</translation>
    </message>
    <message>
        <source>The citizens you may see, as last synced.</source>
        <translation>The citizens you may see, as last synced.</translation>
    </message>
    <message>
        <source>Knowledge articles: answers, instructions and regulations.</source>
        <translation>Knowledge articles: answers, instructions and regulations.</translation>
    </message>
    <message>
        <source>Missions of your units and the missions you are assigned to.</source>
        <translation>Missions of your units and the missions you are assigned to.</translation>
    </message>
    <message>
        <source>Approval steps waiting for your decision.</source>
        <translation>Approval steps waiting for your decision.</translation>
    </message>
    <message>
        <source>What your offline copy holds, at a glance.</source>
        <translation>What your offline copy holds, at a glance.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::ServiceDashboard</name>
    <message>
        <source>Every channel</source>
        <translation>Every channel</translation>
    </message>
    <message>
        <source>Every service</source>
        <translation>Every service</translation>
    </message>
    <message>
        <source>No service</source>
        <translation>No service</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Requests of %1</source>
        <translation>Requests of %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Requests by %1</source>
        <translation>Requests by %1</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Last 90 days</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>By day</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>By week</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>By month</translation>
    </message>
    <message>
        <source>Service: every case in this computer's copy</source>
        <translation>Service: every case in this computer's copy</translation>
    </message>
    <message>
        <source>Service: the cases of your units</source>
        <translation>Service: the cases of your units</translation>
    </message>
    <message>
        <source>Service: your cases</source>
        <translation>Service: your cases</translation>
    </message>
    <message>
        <source>Requests in the period</source>
        <translation>Requests in the period</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Still open</translation>
    </message>
    <message>
        <source>Open and overdue</source>
        <translation>Open and overdue</translation>
    </message>
    <message>
        <source>Open cases within their time</source>
        <translation>Open cases within their time</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <source>Requests over time</source>
        <translation>Requests over time</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>By channel</translation>
    </message>
    <message>
        <source>Busiest services</source>
        <translation>Busiest services</translation>
    </message>
    <message>
        <source>Open backlog by age</source>
        <translation>Open backlog by age</translation>
    </message>
    <message>
        <source>Days open</source>
        <translation>Days open</translation>
    </message>
    <message>
        <source>Open for %1 days</source>
        <translation>Open for %1 days</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 of 5</translation>
    </message>
    <message>
        <source>Satisfaction (%1 answers; %2 satisfied)</source>
        <translation>Satisfaction (%1 answers; %2 satisfied)</translation>
    </message>
    <message>
        <source>Average time to first response</source>
        <translation>Average time to first response</translation>
    </message>
    <message>
        <source>Average time to resolution</source>
        <translation>Average time to resolution</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Figures from the server, over every case you may see, as of %1.</source>
        <translation>Figures from the server, over every case you may see, as of %1.</translation>
    </message>
    <message>
        <source>This computer's copy</source>
        <translation>This computer's copy</translation>
    </message>
    <message>
        <source>The whole organisation (server)</source>
        <translation>The whole organisation (server)</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Asking the server…</translation>
    </message>
    <message>
        <source>The server did not answer: %1</source>
        <translation>The server did not answer: %1</translation>
    </message>
    <message>
        <source>Custom period…</source>
        <translation>Custom period…</translation>
    </message>
    <message>
        <source>From, e.g. %1</source>
        <translation>From, e.g. %1</translation>
    </message>
    <message>
        <source>To, e.g. %1</source>
        <translation>To, e.g. %1</translation>
    </message>
    <message>
        <source>By district</source>
        <translation>By district</translation>
    </message>
    <message>
        <source>Recurring problems: a service in a district</source>
        <translation>Recurring problems: a service in a district</translation>
    </message>
    <message>
        <source>No district</source>
        <translation>No district</translation>
    </message>
    <message>
        <source>Requests in %1</source>
        <translation>Requests in %1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Every team</source>
        <translation>Every team</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>From: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>To: %1</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>The period ends before it begins.</translation>
    </message>
    <message>
        <source>A period is at most 400 days.</source>
        <translation>A period is at most 400 days.</translation>
    </message>
    <message>
        <source>%1, no district</source>
        <translation>%1, no district</translation>
    </message>
    <message>
        <source>Satisfaction: no answers yet</source>
        <translation>Satisfaction: no answers yet</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::ShellActions</name>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <source>Send your edits and receive the latest changes now</source>
        <translation>Send your edits and receive the latest changes now</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Search this section</source>
        <translation>&amp;Search this section</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflicts…</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Notifications</translation>
    </message>
    <message>
        <source>&amp;Account menu</source>
        <translation>&amp;Account menu</translation>
    </message>
    <message>
        <source>S&amp;witch language</source>
        <translation>S&amp;witch language</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
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
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Export to CSV…</translation>
    </message>
    <message>
        <source>Save this section's list or figures for a spreadsheet</source>
        <translation>Save this section's list or figures for a spreadsheet</translation>
    </message>
    <message>
        <source>&amp;Print to PDF…</source>
        <translation>&amp;Print to PDF…</translation>
    </message>
    <message>
        <source>Save this section as it is on screen, as a PDF</source>
        <translation>Save this section as it is on screen, as a PDF</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::ShortcutsDialog</name>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Every command of the main window can be reached from the keyboard with these keys.</source>
        <translation>Every command of the main window can be reached from the keyboard with these keys.</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::SignInDialog</name>
    <message>
        <source>Sign in again</source>
        <translation>Sign in again</translation>
    </message>
    <message>
        <source>Sign in to Shahrvand</source>
        <translation>Sign in to Shahrvand</translation>
    </message>
    <message>
        <source>Shahrvand</source>
        <translation>Shahrvand</translation>
    </message>
    <message>
        <source>Your session on the server has ended. Enter your password to carry on; your work on this computer is kept.</source>
        <translation>Your session on the server has ended. Enter your password to carry on; your work on this computer is kept.</translation>
    </message>
    <message>
        <source>Citizen relationship management. Sign in with the account your organisation gave you.</source>
        <translation>Citizen relationship management. Sign in with the account your organisation gave you.</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>&amp;Server address:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>&amp;Remember me on this computer</translation>
    </message>
    <message>
        <source>Start without asking for the password next time. Your sign-in is kept in the system keychain, never in a plain file.</source>
        <translation>Start without asking for the password next time. Your sign-in is kept in the system keychain, never in a plain file.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>Work &amp;offline</source>
        <translation>Work &amp;offline</translation>
    </message>
    <message>
        <source>Open the data saved on this computer; your changes are sent to the server when it can be reached again.</source>
        <translation>Open the data saved on this computer; your changes are sent to the server when it can be reached again.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>The address of your organisation's Shahrvand server, for example crm.example.ir</source>
        <translation>The address of your organisation's Shahrvand server, for example crm.example.ir</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Remember me on this computer</source>
        <translation>Remember me on this computer</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Sign-in problem</translation>
    </message>
    <message>
        <source>Keychain notice</source>
        <translation>Keychain notice</translation>
    </message>
    <message>
        <source>Too many unsuccessful attempts with this user name. For your account's safety, signing in is paused; you can try again in %1.</source>
        <translation>Too many unsuccessful attempts with this user name. For your account's safety, signing in is paused; you can try again in %1.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::SignInFlow</name>
    <message>
        <source>Enter the address of your organisation's Shahrvand server.</source>
        <translation>Enter the address of your organisation's Shahrvand server.</translation>
    </message>
    <message>
        <source>“%1” is not a server address that can be used. Enter it as your organisation gave it, for example crm.example.ir.</source>
        <translation>“%1” is not a server address that can be used. Enter it as your organisation gave it, for example crm.example.ir.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Enter your user name.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <source>The server's answer could not be understood. It may run another version of Shahrvand; tell your administrator.</source>
        <translation>The server's answer could not be understood. It may run another version of Shahrvand; tell your administrator.</translation>
    </message>
    <message>
        <source>The user name or password is not correct.</source>
        <translation>The user name or password is not correct.</translation>
    </message>
    <message>
        <source>The server has a problem and cannot sign you in now.</source>
        <translation>The server has a problem and cannot sign you in now.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and the network connection.</source>
        <translation>The server cannot be reached. Check the address and the network connection.</translation>
    </message>
    <message>
        <source>You can go on working offline and sign in again later.</source>
        <translation>You can go on working offline and sign in again later.</translation>
    </message>
    <message>
        <source>Your data from your last sign-in is on this computer: you can work offline, and your changes are sent when the server can be reached again.</source>
        <translation>Your data from your last sign-in is on this computer: you can work offline, and your changes are sent when the server can be reached again.</translation>
    </message>
    <message>
        <source>The server did not accept the sign-in.</source>
        <translation>The server did not accept the sign-in.</translation>
    </message>
    <message>
        <source>There is no data of this user from this server on this computer. Sign in when the server can be reached.</source>
        <translation>There is no data of this user from this server on this computer. Sign in when the server can be reached.</translation>
    </message>
    <message>
        <source>The password is not correct.</source>
        <translation>The password is not correct.</translation>
    </message>
    <message>
        <source>The data on this computer does not say whose it is. Sign in when the server can be reached.</source>
        <translation>The data on this computer does not say whose it is. Sign in when the server can be reached.</translation>
    </message>
    <message>
        <source>These are another user's details. Sign in as %1, or close Shahrvand to change user.</source>
        <translation>These are another user's details. Sign in as %1, or close Shahrvand to change user.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::SyncStatusBar</name>
    <message>
        <source>Syncing</source>
        <translation>Syncing</translation>
    </message>
    <message>
        <source>Connected to the server; exchanging changes.</source>
        <translation>Connected to the server; exchanging changes.</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Connected to the server.</source>
        <translation>Connected to the server.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Not connected to the server. You can go on working: your edits are kept on this computer and sent when the server can be reached.</source>
        <translation>Not connected to the server. You can go on working: your edits are kept on this computer and sent when the server can be reached.</translation>
    </message>
    <message>
        <source>The server cannot be reached. You can go on working: your edits are kept on this computer and sent when the server can be reached.</source>
        <translation>The server cannot be reached. You can go on working: your edits are kept on this computer and sent when the server can be reached.</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>Sign-in needed</translation>
    </message>
    <message>
        <source>The server ended your session. Sign in again to sync; your work stays on this computer.</source>
        <translation>The server ended your session. Sign in again to sync; your work stays on this computer.</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Sync failed</translation>
    </message>
    <message>
        <source>The last sync did not finish. It is tried again shortly.</source>
        <translation>The last sync did not finish. It is tried again shortly.</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>Last sync: never</translation>
    </message>
    <message>
        <source>When this computer's copy was last brought up to date</source>
        <translation>When this computer's copy was last brought up to date</translation>
    </message>
    <message numerus="yes">
        <source>%Ln edit(s) waiting to be sent</source>
        <translation>
            <numerusform>%Ln edit waiting to be sent</numerusform>
            <numerusform>%Ln edits waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <source>All edits sent</source>
        <translation>All edits sent</translation>
    </message>
    <message>
        <source>Edits made on this computer are sent to the server at the next sync</source>
        <translation>Edits made on this computer are sent to the server at the next sync</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflict</numerusform>
            <numerusform>%Ln conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts</source>
        <translation>No conflicts</translation>
    </message>
    <message>
        <source>Edits the server could not take as they were. Click to decide what to keep.</source>
        <translation>Edits the server could not take as they were. Click to decide what to keep.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop this sync. What was received is kept; the rest follows at the next sync.</source>
        <translation>Stop this sync. What was received is kept; the rest follows at the next sync.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln edit(s) sent</source>
        <translation>
            <numerusform>%Ln edit sent</numerusform>
            <numerusform>%Ln edits sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) received</source>
        <translation>
            <numerusform>%Ln row received</numerusform>
            <numerusform>%Ln rows received</numerusform>
        </translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>percent</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>less than a minute left</translation>
    </message>
    <message numerus="yes">
        <source>about %Ln minute(s) left</source>
        <translation>
            <numerusform>about %Ln minute left</numerusform>
            <numerusform>about %Ln minutes left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %Ln hour(s) left</source>
        <translation>
            <numerusform>about %Ln hour left</numerusform>
            <numerusform>about %Ln hours left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::TableExport</name>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>“%1” could not be written: %2</translation>
    </message>
    <message>
        <source>“%1” could not be written: the PDF could not be started.</source>
        <translation>“%1” could not be written: the PDF could not be started.</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Printed on %1</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::TeamsDashboard</name>
    <message>
        <source>Open cases of %1</source>
        <translation>Open cases of %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Within time</source>
        <translation>Within time</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>No team</translation>
    </message>
    <message>
        <source>Hours per case</source>
        <translation>Hours per case</translation>
    </message>
    <message>
        <source>Hours per case (%1 cases of the period)</source>
        <translation>Hours per case (%1 cases of the period)</translation>
    </message>
    <message>
        <source>Nobody (unassigned)</source>
        <translation>Nobody (unassigned)</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Last 90 days</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Teams: every team in this computer's copy</source>
        <translation>Teams: every team in this computer's copy</translation>
    </message>
    <message>
        <source>Teams: your units</source>
        <translation>Teams: your units</translation>
    </message>
    <message>
        <source>Teams: your own cases</source>
        <translation>Teams: your own cases</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Open now</translation>
    </message>
    <message>
        <source>Open and overdue</source>
        <translation>Open and overdue</translation>
    </message>
    <message>
        <source>Escalated, open</source>
        <translation>Escalated, open</translation>
    </message>
    <message>
        <source>Resolved in the period</source>
        <translation>Resolved in the period</translation>
    </message>
    <message>
        <source>Average time to resolution</source>
        <translation>Average time to resolution</translation>
    </message>
    <message>
        <source>Open cases per team</source>
        <translation>Open cases per team</translation>
    </message>
    <message>
        <source>Where the period's cases spent their time</source>
        <translation>Where the period's cases spent their time</translation>
    </message>
    <message>
        <source>Workload per person</source>
        <translation>Workload per person</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <source>Average resolution</source>
        <translation>Average resolution</translation>
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
        <source>unknown command "%1"; see --help</source>
        <translation>unknown command "%1"; see --help</translation>
    </message>
    <message>
        <source>refusing to serve plain HTTP on %1: citizens' data would cross the network unencrypted. Listen on 127.0.0.1 behind a TLS proxy, or pass --allow-plain-http if the network is otherwise protected.</source>
        <translation>refusing to serve plain HTTP on %1: citizens' data would cross the network unencrypted. Listen on 127.0.0.1 behind a TLS proxy, or pass --allow-plain-http if the network is otherwise protected.</translation>
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
        <source>The user's language: fa or en (default fa).</source>
        <translation>The user's language: fa or en (default fa).</translation>
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
        <source>unknown role "%1"; the roles are: %2</source>
        <translation>unknown role "%1"; the roles are: %2</translation>
    </message>
    <message>
        <source>the language must be fa or en, not "%1"</source>
        <translation>the language must be fa or en, not "%1"</translation>
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
        <source>there is no unit with the code "%1"</source>
        <translation>there is no unit with the code "%1"</translation>
    </message>
    <message>
        <source>there is already a user named "%1"</source>
        <translation>there is already a user named "%1"</translation>
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
        <source>The certificate's private key (PEM, not encrypted).</source>
        <translation>The certificate's private key (PEM, not encrypted).</translation>
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
    <message>
        <source>run the SLA timer once (warnings, breaches, escalations)</source>
        <translation>run the SLA timer once (warnings, breaches, escalations)</translation>
    </message>
    <message>
        <source>Seconds between two runs of the SLA timer; 0 turns it off (default 60).</source>
        <translation>Seconds between two runs of the SLA timer; 0 turns it off (default 60).</translation>
    </message>
    <message>
        <source>Runs the SLA timer once: carries out the warning and breach actions of cases whose deadlines have come, each once. For cron, or when the server runs without its own timer.</source>
        <translation>Runs the SLA timer once: carries out the warning and breach actions of cases whose deadlines have come, each once. For cron, or when the server runs without its own timer.</translation>
    </message>
    <message>
        <source>SLA check: %1 cases checked, %2 thresholds fired, %3 notifications, %4 escalations, %5 priorities raised</source>
        <translation>SLA check: %1 cases checked, %2 thresholds fired, %3 notifications, %4 escalations, %5 priorities raised</translation>
    </message>
    <message>
        <source>name one file to import</source>
        <translation>name one file to import</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>nothing was imported: %n problem(s) in %1</source>
        <translation>
            <numerusform>nothing was imported: %n problem in %1</numerusform>
            <numerusform>nothing was imported: %n problems in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Replaces the active routing rules with the rules of a JSON file, all or nothing. The file is an array of rules with the fields position, service_code, district_code, channel, keywords, case_priority, team_code, owner_strategy, owner_username and active; services and units are named by their codes, the owner by the user name.</source>
        <translation>Replaces the active routing rules with the rules of a JSON file, all or nothing. The file is an array of rules with the fields position, service_code, district_code, channel, keywords, case_priority, team_code, owner_strategy, owner_username and active; services and units are named by their codes, the owner by the user name.</translation>
    </message>
    <message>
        <source>The JSON file of rules.</source>
        <translation>The JSON file of rules.</translation>
    </message>
    <message>
        <source>Routing rules imported: %1 written, %2 replaced.</source>
        <translation>Routing rules imported: %1 written, %2 replaced.</translation>
    </message>
    <message>
        <source>Sets a business calendar's official holidays for the Jalali year(s) of a holiday file, all or nothing: one holiday per line, a Jalali date and its description ("1405/01/01 Nowruz"); blank lines and lines starting with # are skipped. Holidays of those years that the file no longer lists are removed.</source>
        <translation>Sets a business calendar's official holidays for the Jalali year(s) of a holiday file, all or nothing: one holiday per line, a Jalali date and its description ("1405/01/01 Nowruz"); blank lines and lines starting with # are skipped. Holidays of those years that the file no longer lists are removed.</translation>
    </message>
    <message>
        <source>The business calendar: its id, or its name in Persian or English.</source>
        <translation>The business calendar: its id, or its name in Persian or English.</translation>
    </message>
    <message>
        <source>The holiday file (UTF-8).</source>
        <translation>The holiday file (UTF-8).</translation>
    </message>
    <message>
        <source>say which business calendar the holidays are for with --calendar</source>
        <translation>say which business calendar the holidays are for with --calendar</translation>
    </message>
    <message>
        <source>Holidays of %1 imported: %2 added, %3 changed, %4 removed, %5 unchanged.</source>
        <translation>Holidays of %1 imported: %2 added, %3 changed, %4 removed, %5 unchanged.</translation>
    </message>
    <message>
        <source>replace the active routing rules with those of a JSON file</source>
        <translation>replace the active routing rules with those of a JSON file</translation>
    </message>
    <message>
        <source>set a business calendar's holidays for a year from a file</source>
        <translation>set a business calendar's holidays for a year from a file</translation>
    </message>
</context>
<context>
    <name>ShahrvandSyncCommand</name>
    <message>
        <source>The server's answer to the sign-in could not be read.</source>
        <translation>The server's answer to the sign-in could not be read.</translation>
    </message>
    <message>
        <source>Runs one full synchronization of this computer's offline copy with the server, without a window. The password comes from the keychain (after a sign-in with "remember me") or from the SHAHRVAND_PASSWORD environment variable.</source>
        <translation>Runs one full synchronization of this computer's offline copy with the server, without a window. The password comes from the keychain (after a sign-in with "remember me") or from the SHAHRVAND_PASSWORD environment variable.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>The command.</translation>
    </message>
    <message>
        <source>The server's address.</source>
        <translation>The server's address.</translation>
    </message>
    <message>
        <source>The user name.</source>
        <translation>The user name.</translation>
    </message>
    <message>
        <source>give the server with --server and the user with --user</source>
        <translation>give the server with --server and the user with --user</translation>
    </message>
    <message>
        <source>"%1" is not a server address</source>
        <translation>"%1" is not a server address</translation>
    </message>
    <message>
        <source>the offline copy on this computer cannot be opened with this password; sign in once in the workstation</source>
        <translation>the offline copy on this computer cannot be opened with this password; sign in once in the workstation</translation>
    </message>
    <message>
        <source>no saved sign-in for %1 on this computer: sign in with "remember me" in the workstation, or set SHAHRVAND_PASSWORD</source>
        <translation>no saved sign-in for %1 on this computer: sign in with "remember me" in the workstation, or set SHAHRVAND_PASSWORD</translation>
    </message>
    <message>
        <source>pulled %1 rows, deleted %2, dropped %3; pushed %4 changes; %5 in conflict, %6 refused; %7 ms</source>
        <translation>pulled %1 rows, deleted %2, dropped %3; pushed %4 changes; %5 in conflict, %6 refused; %7 ms</translation>
    </message>
    <message>
        <source>waiting to be sent: %1; conflicts waiting for you: %2</source>
        <translation>waiting to be sent: %1; conflicts waiting for you: %2</translation>
    </message>
    <message>
        <source>synchronization failed</source>
        <translation>synchronization failed</translation>
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
        <source>unknown language "%1"; use fa or en</source>
        <translation>unknown language "%1"; use fa or en</translation>
    </message>
    <message>
        <source>Save a picture of the main window (or of the sign-in dialog, when one is shown) to this PNG file and exit.</source>
        <translation>Save a picture of the main window (or of the sign-in dialog, when one is shown) to this PNG file and exit.</translation>
    </message>
    <message>
        <source>The server address to fill in the sign-in dialog.</source>
        <translation>The server address to fill in the sign-in dialog.</translation>
    </message>
    <message>
        <source>The user name to fill in the sign-in dialog. With the SHAHRVAND_PASSWORD environment variable set, this user is signed in straight away.</source>
        <translation>The user name to fill in the sign-in dialog. With the SHAHRVAND_PASSWORD environment variable set, this user is signed in straight away.</translation>
    </message>
</context>
</TS>
