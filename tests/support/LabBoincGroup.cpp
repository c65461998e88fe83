#include "LabBoincGroup.h"

#include <QElapsedTimer>

namespace bdm::lab {

LabBoincGroup::~LabBoincGroup()
{
    for (auto& client : m_clients)
        client->kill();
}

bool LabBoincGroup::start(int count, const LabBoincOptions& options, int timeoutMs)
{
    for (int i = 0; i < count; ++i) {
        auto client = std::make_unique<LabBoincClient>();
        if (!client->begin(options)) {
            m_error = QStringLiteral("client %1: %2").arg(i).arg(client->errorString());
            return false;
        }
        m_clients.push_back(std::move(client));
    }
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < count; ++i) {
        const int left = std::max(1000, timeoutMs - int(clock.elapsed()));
        if (!m_clients[size_t(i)]->waitUntilAnswering(left)) {
            m_error = QStringLiteral("client %1: %2").arg(i).arg(m_clients[size_t(i)]->errorString());
            return false;
        }
    }
    return true;
}

} // namespace bdm::lab
