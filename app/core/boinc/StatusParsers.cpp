#include "boinc/ReplyParsers.h"

namespace bdm::boinc::parse {

CcStatus ccStatus(const XmlElement& e)
{
    CcStatus s;
    const auto i = [&e](std::string_view name, int fallback) {
        return static_cast<int>(e.childInt(name, fallback));
    };
    s.networkStatus = i("network_status", 0);
    s.amsPasswordError = e.flag("ams_password_error");
    s.taskSuspendReason = i("task_suspend_reason", 0);
    s.taskMode = i("task_mode", 2);
    s.taskModePerm = i("task_mode_perm", 2);
    s.taskModeDelay = e.childDouble("task_mode_delay");
    s.gpuSuspendReason = i("gpu_suspend_reason", 0);
    s.gpuMode = i("gpu_mode", 2);
    s.gpuModePerm = i("gpu_mode_perm", 2);
    s.gpuModeDelay = e.childDouble("gpu_mode_delay");
    s.networkSuspendReason = i("network_suspend_reason", 0);
    s.networkMode = i("network_mode", 2);
    s.networkModePerm = i("network_mode_perm", 2);
    s.networkModeDelay = e.childDouble("network_mode_delay");
    s.disallowAttach = e.flag("disallow_attach");
    s.simpleGuiOnly = e.flag("simple_gui_only");
    s.maxEventLogLines = i("max_event_log_lines", 0);
    s.managerMustQuit = e.flag("manager_must_quit");
    return s;
}

QList<Message> messages(const XmlElement& msgs)
{
    QList<Message> out;
    for (const XmlElement& m : msgs.children("msg")) {
        Message msg;
        msg.project = m.childText("project");
        msg.priority = static_cast<int>(m.childInt("pri", 1));
        msg.seqno = static_cast<int>(m.childInt("seqno"));
        msg.time = m.childInt("time");
        msg.body = m.childText("body");
        out.append(std::move(msg));
    }
    return out;
}

QList<Notice> notices(const XmlElement& container)
{
    QList<Notice> out;
    for (const XmlElement& n : container.children("notice")) {
        Notice notice;
        notice.seqno = static_cast<int>(n.childInt("seqno"));
        notice.title = n.childText("title");
        notice.description = n.childText("description");
        notice.createTime = n.childDouble("create_time");
        notice.arrivalTime = n.childDouble("arrival_time");
        notice.isPrivate = n.flag("is_private");
        notice.projectName = n.childText("project_name");
        notice.category = n.childText("category");
        notice.link = n.childText("link");
        out.append(std::move(notice));
    }
    return out;
}

DiskUsage diskUsage(const XmlElement& e)
{
    DiskUsage d;
    for (const XmlElement& p : e.children("project"))
        d.projects.append(ProjectDiskUsage{p.childText("master_url"), p.childDouble("disk_usage")});
    d.total = e.childDouble("d_total");
    d.free = e.childDouble("d_free");
    d.boinc = e.childDouble("d_boinc");
    d.allowed = e.childDouble("d_allowed");
    return d;
}

QList<OldResult> oldResults(const XmlElement& e)
{
    QList<OldResult> out;
    for (const XmlElement& r : e.children("old_result")) {
        OldResult o;
        o.projectUrl = r.childText("project_url");
        o.resultName = r.childText("result_name");
        o.appName = r.childText("app_name");
        o.exitStatus = static_cast<int>(r.childInt("exit_status"));
        o.elapsedTime = r.childDouble("elapsed_time");
        o.cpuTime = r.childDouble("cpu_time");
        o.completedTime = r.childDouble("completed_time");
        o.createTime = r.childDouble("create_time");
        out.append(std::move(o));
    }
    return out;
}

} // namespace bdm::boinc::parse
