<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BudgetPage</name>
    <message numerus="yes">
        <source>This line: %1 (%n times). Budget with it: %3</source>
        <translation>
            <numerusform>This line: %1 (%n time). Budget with it: %3</numerusform>
            <numerusform>This line: %1 (%n times). Budget with it: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message numerus="yes">
        <source>%n invoice(s) to confirm</source>
        <translation>
            <numerusform>%n invoice to confirm</numerusform>
            <numerusform>%n invoices to confirm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n receipts overdue</source>
        <translation>
            <numerusform>%n receipt overdue</numerusform>
            <numerusform>%n receipts overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseloadPanel</name>
    <message numerus="yes">
        <source>%n client(s) shown</source>
        <translation>
            <numerusform>%n client shown</numerusform>
            <numerusform>%n clients shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientLogCounts</name>
    <message numerus="yes">
        <source>%1 of %n entries shown.</source>
        <translation>
            <numerusform>%1 of %n entry shown.</numerusform>
            <numerusform>%1 of %n entries shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message numerus="yes">
        <source>Show %n older assessments</source>
        <translation>
            <numerusform>Show %n older assessment</numerusform>
            <numerusform>Show %n older assessments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n older follow-ups</source>
        <translation>
            <numerusform>Show %n older follow-up</numerusform>
            <numerusform>Show %n older follow-ups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n client(s) in the vault</source>
        <translation>
            <numerusform>%n client in the vault</numerusform>
            <numerusform>%n clients in the vault</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message numerus="yes">
        <source>hbdesk locked itself after %n min without use.</source>
        <translation>
            <numerusform>hbdesk locked itself after %n min without use.</numerusform>
            <numerusform>hbdesk locked itself after %n min without use.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncMessages</name>
    <message numerus="yes">
        <source>%n changes not yet sent</source>
        <translation>
            <numerusform>%n change not yet sent</numerusform>
            <numerusform>%n changes not yet sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts to settle</source>
        <translation>
            <numerusform>%n conflict to settle</numerusform>
            <numerusform>%n conflicts to settle</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsePage</name>
    <message numerus="yes">
        <source>Show %n older entries</source>
        <translation>
            <numerusform>Show %n older entry</numerusform>
            <numerusform>Show %n older entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message numerus="yes">
        <source>%n disagreement(s) recorded.</source>
        <translation>
            <numerusform>%n disagreement recorded.</numerusform>
            <numerusform>%n disagreements recorded.</numerusform>
        </translation>
    </message>
</context>
</TS>
