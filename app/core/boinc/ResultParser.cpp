#include "boinc/ReplyParsers.h"

namespace bdm::boinc::parse {
namespace {

ActiveTask activeTask(const XmlElement& e)
{
    ActiveTask a;
    a.activeTaskState = static_cast<int>(e.childInt("active_task_state"));
    a.appVersionNum = static_cast<int>(e.childInt("app_version_num"));
    a.slot = static_cast<int>(e.childInt("slot", -1));
    a.pid = static_cast<int>(e.childInt("pid"));
    a.schedulerState = static_cast<int>(e.childInt("scheduler_state"));
    a.checkpointCpuTime = e.childDouble("checkpoint_cpu_time");
    a.fractionDone = e.childDouble("fraction_done");
    a.currentCpuTime = e.childDouble("current_cpu_time");
    a.elapsedTime = e.childDouble("elapsed_time");
    a.swapSize = e.childDouble("swap_size");
    a.virtualSize = e.childDouble("virtual_size");
    a.workingSetSize = e.childDouble("working_set_size");
    a.workingSetSizeSmoothed = e.childDouble("working_set_size_smoothed");
    a.progressRate = e.childDouble("progress_rate");
    a.tooLarge = e.flag("too_large");
    a.swapTooLarge = e.flag("swap_too_large");
    a.needsShmem = e.flag("needs_shmem");
    a.wantNetwork = e.flag("want_network");
    a.webGraphicsUrl = e.childText("web_graphics_url");
    a.slotPath = e.childText("slot_path");
    return a;
}

} // namespace

Result result(const XmlElement& e)
{
    Result r;
    // One pass over the children: results dominate big get_state replies, and a lookup per
    // field would rescan the element forty times.
    for (const XmlElement& c : e.children()) {
        const QByteArrayView n = c.name();
        const auto num = [&c] {
            return c.number();
        };
        if (n == "name")
            r.name = c.text();
        else if (n == "wu_name")
            r.wuName = c.text();
        else if (n == "platform")
            r.platform = c.text();
        else if (n == "version_num")
            r.versionNum = num().toInt();
        else if (n == "plan_class")
            r.planClass = c.text();
        else if (n == "project_url")
            r.projectUrl = c.text();
        else if (n == "final_cpu_time")
            r.finalCpuTime = num().toDouble();
        else if (n == "final_elapsed_time")
            r.finalElapsedTime = num().toDouble();
        else if (n == "exit_status")
            r.exitStatus = num().toInt();
        else if (n == "state")
            r.state = num().toInt();
        else if (n == "report_deadline")
            r.reportDeadline = num().toDouble();
        else if (n == "received_time")
            r.receivedTime = num().toDouble();
        else if (n == "completed_time")
            r.completedTime = num().toDouble();
        else if (n == "estimated_cpu_time_remaining")
            r.estimatedRemaining = num().toDouble();
        else if (n == "got_server_ack")
            r.gotServerAck = c.asFlag();
        else if (n == "ready_to_report")
            r.readyToReport = c.asFlag();
        else if (n == "suspended_via_gui")
            r.suspendedViaGui = c.asFlag();
        else if (n == "project_suspended_via_gui")
            r.projectSuspendedViaGui = c.asFlag();
        else if (n == "report_immediately")
            r.reportImmediately = c.asFlag();
        else if (n == "edf_scheduled")
            r.edfScheduled = c.asFlag();
        else if (n == "coproc_missing")
            r.coprocMissing = c.asFlag();
        else if (n == "scheduler_wait")
            r.schedulerWait = c.asFlag();
        else if (n == "scheduler_wait_reason")
            r.schedulerWaitReason = c.text();
        else if (n == "network_wait")
            r.networkWait = c.asFlag();
        else if (n == "resources")
            r.resources = c.text();
        else if (n == "active_task")
            r.activeTask = activeTask(c);
    }
    return r;
}

QList<Result> results(const XmlElement& container)
{
    QList<Result> out;
    for (const XmlElement& e : container.children("result"))
        out.append(result(e));
    return out;
}

Project project(const XmlElement& e)
{
    Project p;
    p.masterUrl = e.childText("master_url");
    p.projectName = e.childText("project_name");
    p.userName = e.childText("user_name");
    p.teamName = e.childText("team_name");
    p.projectDir = e.childText("project_dir");
    p.userTotalCredit = e.childDouble("user_total_credit");
    p.hostTotalCredit = e.childDouble("host_total_credit");
    p.resourceShare = e.childDouble("resource_share");
    p.diskUsage = e.childDouble("disk_usage");
    p.hostId = static_cast<int>(e.childInt("hostid"));
    p.nrpcFailures = static_cast<int>(e.childInt("nrpc_failures"));
    p.minRpcTime = e.childDouble("min_rpc_time");
    p.schedRpcPending = static_cast<int>(e.childInt("sched_rpc_pending"));
    p.anonymousPlatform = e.flag("anonymous_platform");
    p.suspendedViaGui = e.flag("suspended_via_gui");
    p.dontRequestMoreWork = e.flag("dont_request_more_work");
    p.detachWhenDone = e.flag("detach_when_done");
    p.ended = e.flag("ended");
    p.attachedViaAcctMgr = e.flag("attached_via_acct_mgr");
    p.schedulerRpcInProgress = e.flag("scheduler_rpc_in_progress");
    return p;
}

QList<Project> projects(const XmlElement& container)
{
    QList<Project> out;
    for (const XmlElement& e : container.children("project"))
        out.append(project(e));
    return out;
}

} // namespace bdm::boinc::parse
