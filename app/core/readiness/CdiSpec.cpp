#include "readiness/CdiSpec.h"

#include "readiness/ReadinessTr.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace bdm::readiness {

namespace {

QString unquote(QString value)
{
    value = value.trimmed();
    if (const qsizetype hash = value.indexOf(QLatin1String(" #")); hash >= 0)
        value.truncate(hash);
    value = value.trimmed();
    if (value.size() >= 2 && (value.front() == QLatin1Char('"') || value.front() == QLatin1Char('\'')) &&
        value.back() == value.front())
        value = value.mid(1, value.size() - 2);
    return value;
}

void parseJson(const QByteArray& text, CdiSpec& spec)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (!doc.isObject()) {
        spec.error = Readiness::tr("not valid JSON: %1").arg(error.errorString());
        return;
    }
    spec.kind = doc.object().value(QLatin1String("kind")).toString();
    for (const QJsonValue& d : doc.object().value(QLatin1String("devices")).toArray())
        spec.devices.append(d.toObject().value(QLatin1String("name")).toString());
}

// Top-level `kind:`, and `name:` at the level of the items of the top-level `devices:` list.
void parseYaml(const QByteArray& text, CdiSpec& spec)
{
    static const QRegularExpression key(QStringLiteral("^( *)(- +)?([A-Za-z][A-Za-z0-9_]*): *(.*)$"));
    bool inDevices = false;
    int itemIndent = -1;
    for (const QString& line : QString::fromUtf8(text).split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch m = key.match(line);
        if (!m.hasMatch())
            continue;
        const int indent = static_cast<int>(m.capturedLength(1));
        const bool dash = m.capturedLength(2) > 0;
        if (indent == 0 && !dash) {
            inDevices = m.captured(3) == QLatin1String("devices");
            if (m.captured(3) == QLatin1String("kind"))
                spec.kind = unquote(m.captured(4));
            continue;
        }
        if (!inDevices)
            continue;
        const int column = indent + static_cast<int>(m.capturedLength(2));
        if (dash && itemIndent < 0)
            itemIndent = column;
        if (column == itemIndent && m.captured(3) == QLatin1String("name"))
            spec.devices.append(unquote(m.captured(4)));
    }
}

} // namespace

QStringList CdiSpec::qualifiedNames() const
{
    QStringList names;
    for (const QString& d : devices)
        names.append(kind + QLatin1Char('=') + d);
    return names;
}

int CdiSpec::indexedDevices() const
{
    int n = 0;
    for (const QString& d : devices) {
        bool ok = false;
        d.toInt(&ok);
        n += ok ? 1 : 0;
    }
    return n;
}

CdiSpec CdiSpec::parse(const QString& path, const QByteArray& text)
{
    CdiSpec spec;
    spec.path = path;
    if (text.trimmed().startsWith('{'))
        parseJson(text, spec);
    else
        parseYaml(text, spec);
    if (spec.error.isEmpty() && spec.kind.isEmpty())
        spec.error = Readiness::tr("no kind: this is not a CDI spec");
    else if (spec.error.isEmpty() && spec.devices.isEmpty())
        spec.error = Readiness::tr("the spec lists no devices");
    return spec;
}

QList<CdiSpec> CdiSpec::scan(const SystemRoot& root, const QStringList& directories)
{
    QList<CdiSpec> specs;
    QStringList seen;
    for (const QString& dir : directories) {
        // /var/run is usually a link to /run: the same file once.
        const QString canonical = QFileInfo(root.path(dir)).canonicalFilePath();
        if (canonical.isEmpty() || seen.contains(canonical))
            continue;
        seen.append(canonical);
        const QStringList names =
            root.entries(dir, {QStringLiteral("*.yaml"), QStringLiteral("*.yml"), QStringLiteral("*.json")});
        for (const QString& name : names) {
            const QString path = dir + QLatin1Char('/') + name;
            const std::optional<QByteArray> text = root.read(path, 1 << 20);
            if (!text) {
                CdiSpec unreadable;
                unreadable.path = path;
                unreadable.error = Readiness::tr("cannot be read");
                specs.append(unreadable);
                continue;
            }
            specs.append(parse(path, *text));
        }
    }
    return specs;
}

QStringList CdiSpec::defaultDirectories()
{
    return {QStringLiteral("/etc/cdi"), QStringLiteral("/var/run/cdi"), QStringLiteral("/run/cdi")};
}

} // namespace bdm::readiness
