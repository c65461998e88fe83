#include "boinc/ProjectUrl.h"

namespace bdm::boinc::ProjectUrl {

QString escaped(const QString& masterUrl)
{
    QString s = masterUrl;
    const qsizetype scheme = s.indexOf(QLatin1String("://"));
    if (scheme >= 0)
        s = s.mid(scheme + 3);
    for (QChar& c : s) {
        const char16_t u = c.unicode();
        const bool keep = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') ||
                          u == '.' || u == '-' || u == '_';
        if (!keep)
            c = QLatin1Char('_');
    }
    if (s.endsWith(QLatin1Char('_')))
        s.chop(1);
    return s;
}

QString canonical(const QString& masterUrl)
{
    QString s = masterUrl.trimmed().toLower();
    const qsizetype scheme = s.indexOf(QLatin1String("://"));
    if (scheme >= 0)
        s = s.mid(scheme + 3);
    if (s.startsWith(QLatin1String("www.")))
        s = s.mid(4);
    while (s.endsWith(QLatin1Char('/')))
        s.chop(1);
    return s + QLatin1Char('/');
}

QString containerName(const QString& masterUrl, const QString& resultName)
{
    return (boincPrefix + escaped(masterUrl) + QLatin1String("__") + resultName).toLower();
}

QString imageName(const QString& masterUrl, const QString& wuName)
{
    return (boincPrefix + escaped(masterUrl) + QLatin1String("__") + wuName).toLower();
}

} // namespace bdm::boinc::ProjectUrl
