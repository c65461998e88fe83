<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>, %n BOINC container(s)</source>
        <translation>
            <numerusform>, %n BOINC container</numerusform>
            <numerusform>, %n BOINC containers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message numerus="yes">
        <source>The client reports %n GPU type(s)</source>
        <translation>
            <numerusform>The client reports %n GPU type</numerusform>
            <numerusform>The client reports %n GPU types</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>NVIDIA driver %1, %n GPU(s) (%2)</source>
        <translation>
            <numerusform>NVIDIA driver %1, %n GPU (%2)</numerusform>
            <numerusform>NVIDIA driver %1, %n GPUs (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n CDI spec(s) cannot be used</source>
        <translation>
            <numerusform>%n CDI spec cannot be used</numerusform>
            <numerusform>%n CDI specs cannot be used</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The spec names %1; the driver sees %n GPU(s).</source>
        <translation>
            <numerusform>The spec names %1; the driver sees %n GPU.</numerusform>
            <numerusform>The spec names %1; the driver sees %n GPUs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n CPU(s)</source>
        <translation>
            <numerusform>%n CPU</numerusform>
            <numerusform>%n CPUs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The driver here sees %n NVIDIA GPU(s), but the client reports none: it may have started before the driver, or cannot load libcuda.</source>
        <translation>
            <numerusform>The driver here sees %n NVIDIA GPU, but the client reports none: it may have started before the driver, or cannot load libcuda.</numerusform>
            <numerusform>The driver here sees %n NVIDIA GPUs, but the client reports none: it may have started before the driver, or cannot load libcuda.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bdm::gui::EngineDiscoveryPanel</name>
    <message numerus="yes">
        <source>%n BOINC container(s) there</source>
        <translation>
            <numerusform>%n BOINC container there</numerusform>
            <numerusform>%n BOINC containers there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n BOINC container(s)</source>
        <translation>
            <numerusform>, %n BOINC container</numerusform>
            <numerusform>, %n BOINC containers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bdm::gui::FleetTaskPanel</name>
    <message numerus="yes">
        <source>Abort %n task(s)? The work done on them is lost.</source>
        <translation>
            <numerusform>Abort %n task? The work done on them is lost.</numerusform>
            <numerusform>Abort %n tasks? The work done on them is lost.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bdm::gui::FleetTray</name>
    <message numerus="yes">
        <source>%n host(s), %1 connected, %2 container tasks running</source>
        <translation>
            <numerusform>%n host, %1 connected, %2 container tasks running</numerusform>
            <numerusform>%n hosts, %1 connected, %2 container tasks running</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bdm::gui::JobsModel</name>
    <message numerus="yes">
        <source>%1 (+%n more)</source>
        <translation>
            <numerusform>%1 (+%n more)</numerusform>
            <numerusform>%1 (+%n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bdm::gui::JobsPage</name>
    <message numerus="yes">
        <source>Statuses updated: %n workunit(s).</source>
        <translation>
            <numerusform>Statuses updated: %n workunit.</numerusform>
            <numerusform>Statuses updated: %n workunits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fetched %n file(s) to %1.</source>
        <translation>
            <numerusform>Fetched %n file to %1.</numerusform>
            <numerusform>Fetched %n files to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Abort %n workunit(s) of %1 on the server? Results not yet returned are lost.</source>
        <translation>
            <numerusform>Abort %n workunit of %1 on the server? Results not yet returned are lost.</numerusform>
            <numerusform>Abort %n workunits of %1 on the server? Results not yet returned are lost.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Submitted: %n workunit(s).</source>
        <translation>
            <numerusform>Submitted: %n workunit.</numerusform>
            <numerusform>Submitted: %n workunits.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bdm::gui::PlanClassField</name>
    <message numerus="yes">
        <source>%n plan class(es) on the server.</source>
        <translation>
            <numerusform>%n plan class on the server.</numerusform>
            <numerusform>%n plan classes on the server.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bdm::gui::PlanClassesDialog</name>
    <message numerus="yes">
        <source>%n plan class(es); </source>
        <translation>
            <numerusform>%n plan class; </numerusform>
            <numerusform>%n plan classes; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) have told their hardware.</source>
        <translation>
            <numerusform>%n host have told their hardware.</numerusform>
            <numerusform>%n hosts have told their hardware.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bdm::gui::SubmitProgressPage</name>
    <message numerus="yes">
        <source>Submitted: %n workunit(s).</source>
        <translation>
            <numerusform>Submitted: %n workunit.</numerusform>
            <numerusform>Submitted: %n workunits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Submitted batch %1: %n workunit(s).</source>
        <translation>
            <numerusform>Submitted batch %1: %n workunit.</numerusform>
            <numerusform>Submitted batch %1: %n workunits.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bdm::gui::TaskActions</name>
    <message numerus="yes">
        <source>Abort %n task(s)? The client reports an aborted task to its project as failed, and the work done so far is thrown away.</source>
        <translation>
            <numerusform>Abort %n task? The client reports an aborted task to its project as failed, and the work done so far is thrown away.</numerusform>
            <numerusform>Abort %n tasks? The client reports an aborted task to its project as failed, and the work done so far is thrown away.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bdm::gui::TaskHistoryDialog</name>
    <message numerus="yes">
        <source>%n finished container task(s) in %1</source>
        <translation>
            <numerusform>%n finished container task in %1</numerusform>
            <numerusform>%n finished container tasks in %1</numerusform>
        </translation>
    </message>
</context>
</TS>
