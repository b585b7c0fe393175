<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>NoteSanitizer</name>
    <message numerus="yes">
        <source>This note is too long: only its first %Ln characters are shown.</source>
        <translation>
            <numerusform>This note is too long: only its first %Ln characters are shown.</numerusform>
            <numerusform>This note is too long: only its first %Ln characters are shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParseResult</name>
    <message numerus="yes">
        <source>Services with a minimum above their maximum: %n</source>
        <translation>
            <numerusform>Services with a minimum above their maximum: %n</numerusform>
            <numerusform>Services with a minimum above their maximum: %n</numerusform>
        </translation>
    </message>
</context>
</TS>
