#pragma once

#include <QString>

namespace bdm::boinc {

struct Project
{
    QString masterUrl;
    QString projectName;
    QString userName;
    QString teamName;
    QString projectDir;
    double userTotalCredit = 0;
    double hostTotalCredit = 0;
    double resourceShare = 0;
    double diskUsage = 0;
    int hostId = 0;
    int nrpcFailures = 0;
    double minRpcTime = 0;
    int schedRpcPending = 0;
    bool anonymousPlatform = false;
    bool suspendedViaGui = false;
    bool dontRequestMoreWork = false;
    bool detachWhenDone = false;
    bool ended = false;
    bool attachedViaAcctMgr = false;
    bool schedulerRpcInProgress = false;
};

} // namespace bdm::boinc
