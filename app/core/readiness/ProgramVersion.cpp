#include "readiness/ProgramVersion.h"

#include <QList>
#include <QRegularExpression>

namespace bdm::readiness {

namespace {

QString firstMatch(const QByteArray& output, const QRegularExpression& re)
{
    const QRegularExpressionMatch m = re.match(QString::fromUtf8(output));
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace

QString ProgramVersion::engine(const QByteArray& output)
{
    // The client reads with fgets(buf, 256): lines keep their '\n'.
    qsizetype start = 0;
    while (start < output.size()) {
        qsizetype end = output.indexOf('\n', start);
        end = end < 0 ? output.size() : end + 1;
        const QByteArray line = output.mid(start, end - start).left(255);
        start = end;
        const qsizetype at = line.indexOf("version ");
        if (at < 0)
            continue;
        const QByteArray rest = line.mid(at + 8);
        qsizetype stop = rest.indexOf(',');
        if (stop < 0)
            stop = rest.indexOf(' ');
        if (stop < 0)
            stop = rest.indexOf('\n');
        if (stop < 0)
            continue;
        return QString::fromUtf8(rest.left(stop));
    }
    return {};
}

QString ProgramVersion::composePlugin(const QByteArray& output)
{
    const qsizetype at = output.indexOf("Docker Compose version v");
    if (at < 0)
        return {};
    QByteArray rest = output.mid(at + 24);
    const qsizetype nl = rest.indexOf('\n');
    if (nl >= 0)
        rest.truncate(nl);
    return QString::fromUtf8(rest);
}

QString ProgramVersion::composeStandalone(const QByteArray& output)
{
    const QString v2 = composePlugin(output);
    if (!v2.isEmpty())
        return v2;
    static const QRegularExpression v1(QStringLiteral("docker-compose version v?([0-9][^,\\s]*)"));
    return firstMatch(output, v1);
}

QString ProgramVersion::podmanCompose(const QByteArray& output)
{
    const QString docker = composeStandalone(output);
    if (!docker.isEmpty())
        return docker;
    static const QRegularExpression provider(QStringLiteral("podman-compose version:? v?([0-9][^,\\s]*)"));
    return firstMatch(output, provider);
}

QString ProgramVersion::toolkit(const QByteArray& output)
{
    static const QRegularExpression re(QStringLiteral("Toolkit CLI version v?([0-9][^,\\s]*)"));
    return firstMatch(output, re);
}

} // namespace bdm::readiness
