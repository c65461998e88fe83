#pragma once

#include "readiness/SystemRoot.h"

#include <optional>

namespace bdm::readiness {

// What the kernel shows of GPUs without asking a driver library: NVIDIA's proc file and device
// nodes, the NVIDIA container toolkit's config, AMD's and Intel's nodes (information only: the
// BOINC scheduler sends container GPU work for NVIDIA alone).
struct GpuDevices
{
    QString nvidiaKernelModule;    // version from /proc/driver/nvidia/version: "550.54.14"
    QStringList nvidiaNodes;       // /dev/nvidia0, /dev/nvidiactl, /dev/nvidia-uvm, ...
    bool toolkitConfig = false;    // /etc/nvidia-container-runtime/config.toml exists
    std::optional<bool> noCgroups; // its `no-cgroups` (rootless needs true), when set
    bool amdKfd = false;           // /dev/kfd
    QStringList renderNodes;       // /dev/dri/renderD128, ...
    QStringList drmVendors;        // PCI vendor ids of /sys/class/drm/card*: "0x10de", "0x1002", "0x8086"

    bool hasNvidiaNodes() const { return nvidiaNodes.contains(QLatin1String("/dev/nvidiactl")); }
    bool hasVendor(const char* id) const { return drmVendors.contains(QLatin1String(id)); }

    static GpuDevices read(const SystemRoot& root);
    // "NVRM version: NVIDIA UNIX x86_64 Kernel Module  550.54.14  Thu Feb 22 ..." -> "550.54.14"
    static QString kernelModuleVersion(const QString& procText);
};

} // namespace bdm::readiness
