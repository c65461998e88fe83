#pragma once

#include <QString>

namespace bdm::boinc {
struct HostInfo;
}

// The numbers the BOINC scheduler derives from host strings before it compares them with a plan
// class (sched/plan_class_spec.cpp, lib/opencl_boinc.cpp). Each returns 0 when the scheduler
// would find nothing, because 0 is what it then compares.
namespace bdm::readiness::scheduler {

// macOS "24.3.0" -> 240300; Windows "(10.00.26100.00)" -> 1000260100; Linux kernel inside
// "[6.1.0-...]" -> 60100; Android "3.4.0" -> 30400.
double osVersionNumber(const boinc::HostInfo& host);
// "[...|libc 2.36 ...]" -> 236.
int libcVersion(const QString& osVersion);
// "(Android 4.3.1)" -> 40301.
int androidVersion(const QString& osVersion);
// "OpenCL 3.0 CUDA" -> 300.
int openClVersion(const QString& deviceVersion);
// The AMD runtime revision in the last "(...)" of the device version: "(1800.8)" -> 180080.
int openClDriverRevision(const QString& deviceVersion);
// "7.0.14" -> 70014; 0 when it is not three numbers.
int vboxVersion(const QString& version);
// ATI CAL version "1.4.1848" -> major*10000000 + minor*10000 + release.
int calVersion(const QString& version);
// Leading "%d.%d.%d" as sscanf reads it; how many were read.
int scanVersion(const QString& text, int (&parts)[4], int wanted);

} // namespace bdm::readiness::scheduler
