#pragma once

#include "LabBoincClient.h"

#include <QString>
#include <memory>
#include <vector>

namespace bdm::lab {

// Many lab BOINC clients started side by side: each start takes a second or two, mostly waiting
// for the client to open its GUI RPC port, so launching all before waiting for any keeps a
// fifty-client lab to a few seconds. Every client is stopped by PID when the group goes.
class LabBoincGroup
{
public:
    LabBoincGroup() = default;
    ~LabBoincGroup(); // kills every client first, so their tasks wind down side by side
    LabBoincGroup(const LabBoincGroup&) = delete;
    LabBoincGroup& operator=(const LabBoincGroup&) = delete;

    bool start(int count, const LabBoincOptions& options = {}, int timeoutMs = 60000);
    QString errorString() const { return m_error; }
    int size() const { return int(m_clients.size()); }
    LabBoincClient& at(int i) { return *m_clients.at(size_t(i)); }

private:
    std::vector<std::unique_ptr<LabBoincClient>> m_clients;
    QString m_error;
};

} // namespace bdm::lab
