<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AddCasesDialog</name>
    <message numerus="yes">
        <source>%n case(s) shown</source>
        <translation>
            <numerusform>%n case shown</numerusform><numerusform>%n cases shown</numerusform></translation>
    </message>
</context>
<context>
    <name>AgendaTableModel</name>
    <message numerus="yes">
        <source>Planned: %n minute(s)</source>
        <translation>
            <numerusform>Planned: %n minute</numerusform><numerusform>Planned: %n minutes</numerusform></translation>
    </message>
</context>
<context>
    <name>AgendaWidget</name>
    <message numerus="yes">
        <source>⚠ The plan ends %n minute(s) after the end of the day</source>
        <translation>
            <numerusform>⚠ The plan ends %n minute after the end of the day</numerusform><numerusform>⚠ The plan ends %n minutes after the end of the day</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform><numerusform>%n cases</numerusform></translation>
    </message>
</context>
<context>
    <name>CaseFactsWidget</name>
    <message numerus="yes">
        <source>%n page(s) in all</source>
        <translation>
            <numerusform>%n page in all</numerusform><numerusform>%n pages in all</numerusform></translation>
    </message>
</context>
<context>
    <name>CaseSearchWidget</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform><numerusform>%n pages</numerusform></translation>
    </message>
</context>
<context>
    <name>ChecklistWidget</name>
    <message numerus="yes">
        <source>%n law point(s) missing: finalising needs them or a reason each</source>
        <translation>
            <numerusform>%n law point missing: finalising needs them or a reason each</numerusform><numerusform>%n law points missing: finalising needs them or a reason each</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n good-practice point(s) to consider</source>
        <translation>
            <numerusform>%n good-practice point to consider</numerusform><numerusform>%n good-practice points to consider</numerusform></translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message numerus="yes">
        <source>%n conflict(s) left</source>
        <translation>
            <numerusform>%n conflict left</numerusform><numerusform>%n conflicts left</numerusform></translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message numerus="yes">
        <source>%n case(s) heard in the period</source>
        <translation>
            <numerusform>%n case heard in the period</numerusform><numerusform>%n cases heard in the period</numerusform></translation>
    </message>
</context>
<context>
    <name>DayPlanWidget</name>
    <message numerus="yes">
        <source>Shorten the %n remaining timeout(s) by %1 min</source>
        <translation>
            <numerusform>Shorten the %n remaining timeout by %1 min</numerusform><numerusform>Shorten the %n remaining timeouts by %1 min</numerusform></translation>
    </message>
</context>
<context>
    <name>FollowThroughWidget</name>
    <message numerus="yes">
        <source>told after %n day(s)</source>
        <translation>
            <numerusform>told after %n day</numerusform><numerusform>told after %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>not told yet, %n day(s) after</source>
        <translation>
            <numerusform>not told yet, %n day after</numerusform><numerusform>not told yet, %n days after</numerusform></translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message numerus="yes">
        <source>Importing %n bundle(s)…</source>
        <translation>
            <numerusform>Importing %n bundle…</numerusform><numerusform>Importing %n bundles…</numerusform></translation>
    </message>
</context>
<context>
    <name>ImportResultsDialog</name>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>%n imported</numerusform><numerusform>%n imported</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform><numerusform>%n unchanged</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform><numerusform>%n refused</numerusform></translation>
    </message>
</context>
<context>
    <name>ImportResultsTableModel</name>
    <message numerus="yes">
        <source>%n readiness finding(s)</source>
        <translation>
            <numerusform>%n readiness finding</numerusform><numerusform>%n readiness findings</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n case(s) imported</source>
        <translation>
            <numerusform>%n case imported</numerusform><numerusform>%n cases imported</numerusform></translation>
    </message>
</context>
<context>
    <name>MeetingSelector</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform><numerusform>%n cases</numerusform></translation>
    </message>
</context>
<context>
    <name>MeetingSetWidget</name>
    <message numerus="yes">
        <source>Includes the summary sheet (%n page(s)).</source>
        <translation>
            <numerusform>Includes the summary sheet (%n page).</numerusform><numerusform>Includes the summary sheet (%n pages).</numerusform></translation>
    </message>
</context>
<context>
    <name>PacksController</name>
    <message numerus="yes">
        <source>%n agenda pack(s) written</source>
        <translation>
            <numerusform>%n agenda pack written</numerusform><numerusform>%n agenda packs written</numerusform></translation>
    </message>
</context>
<context>
    <name>PreparationWindow</name>
    <message numerus="yes">
        <source>%n shared note(s) written to %1. Give the file to the meeting leader.</source>
        <translation>
            <numerusform>%n shared note written to %1. Give the file to the meeting leader.</numerusform><numerusform>%n shared notes written to %1. Give the file to the meeting leader.</numerusform></translation>
    </message>
</context>
<context>
    <name>SearchHitsListModel</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform><numerusform>%n matches</numerusform></translation>
    </message>
</context>
<context>
    <name>SummarySheetView</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform><numerusform>%n pages</numerusform></translation>
    </message>
</context>
</TS>