#pragma once

#include "boinc/CcStatus.h"
#include "boinc/ClientState.h"
#include "boinc/DiskUsage.h"
#include "boinc/LenientXml.h"
#include "boinc/Message.h"

#include <QList>

// Typed readers for the elements of GUI RPC replies. Each takes the element itself (for example
// <host_info>), never the whole reply, and reads whatever fields are present: missing tags leave
// defaults, so a reply from an older or newer client still reads.
namespace bdm::boinc::parse {

ClientVersion serverVersion(const XmlElement& serverVersion);
HostInfo hostInfo(const XmlElement& hostInfo);
Result result(const XmlElement& result);
QList<Result> results(const XmlElement& container);
Project project(const XmlElement& project);
QList<Project> projects(const XmlElement& container);
ClientState clientState(const XmlElement& clientState);
CcStatus ccStatus(const XmlElement& ccStatus);
QList<Message> messages(const XmlElement& msgs);
QList<Notice> notices(const XmlElement& notices);
DiskUsage diskUsage(const XmlElement& summary);
QList<OldResult> oldResults(const XmlElement& oldResults);

} // namespace bdm::boinc::parse
