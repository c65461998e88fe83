// Feeds arbitrary bytes to the server_status.php reader and its JSON form.
#include "server/ServerStatusParser.h"

#include <cstddef>
#include <cstdint>

using namespace bdm::server;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QString error;
    const std::optional<ServerStatus> status = ServerStatusParser::parse(bytes, &error);
    if (status)
        (void)ServerStatusParser::toJson(*status).dump();
    else if (error.isEmpty())
        __builtin_trap(); // a refusal always says why
    return 0;
}
