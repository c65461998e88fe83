#include "boinc/ProjectUrl.h"

namespace bdm::boinc::ProjectUrl {

QString escaped(const QString& masterUrl)
{
    // The client escapes the URL's bytes (isalnum in the C locale), so a non-ASCII character
    // becomes one '_' per UTF-8 byte, not one per character.
    QByteArray s = masterUrl.toUtf8();
    const qsizetype scheme = s.indexOf("://");
    if (scheme >= 0)
        s = s.mid(scheme + 3);
    for (char& c : s) {
        const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                          c == '.' || c == '-' || c == '_';
        if (!keep)
            c = '_';
    }
    if (s.endsWith('_'))
        s.chop(1);
    return QString::fromLatin1(s); // only ASCII is left
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

namespace {

// lib/str_util.cpp downcase_string: tolower per byte in the C locale, so only ASCII changes.
QString asciiLower(QString s)
{
    for (QChar& c : s) {
        if (c.unicode() >= 'A' && c.unicode() <= 'Z')
            c = QChar(c.unicode() + ('a' - 'A'));
    }
    return s;
}

} // namespace

QString containerName(const QString& masterUrl, const QString& resultName)
{
    return asciiLower(boincPrefix + escaped(masterUrl) + QLatin1String("__") + resultName);
}

QString imageName(const QString& masterUrl, const QString& wuName)
{
    return asciiLower(boincPrefix + escaped(masterUrl) + QLatin1String("__") + wuName);
}

} // namespace bdm::boinc::ProjectUrl
