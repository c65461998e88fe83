#include "submit/PhysicalName.h"

#include "submit/SubmitTr.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace bdm::submit {
namespace {

QString sanitized(const QString& s)
{
    QString out;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
                        c == QLatin1Char('_') || c == QLatin1Char('-') || c == QLatin1Char('.');
        out += ok ? c : QLatin1Char('_');
    }
    return out;
}

} // namespace

QString PhysicalName::forDigest(const QString& fileName, const QByteArray& md5Hex)
{
    const qsizetype dot = fileName.lastIndexOf(QLatin1Char('.'));
    QString stem = dot > 0 ? fileName.left(dot) : fileName;
    QString ext = dot > 0 ? sanitized(fileName.mid(dot + 1)).left(16) : QString();
    stem = sanitized(stem).left(80);
    // No leading '-' or '.': the name must never read as an option or a hidden file.
    while (stem.startsWith(QLatin1Char('-')) || stem.startsWith(QLatin1Char('.')))
        stem[0] = QLatin1Char('_');
    if (stem.isEmpty())
        stem = QStringLiteral("file");
    QString name = stem + QLatin1Char('_') + QString::fromLatin1(md5Hex.left(8));
    if (!ext.isEmpty())
        name += QLatin1Char('.') + ext;
    return name;
}

QString PhysicalName::forContent(const QString& fileName, const QByteArray& content)
{
    return forDigest(fileName, QCryptographicHash::hash(content, QCryptographicHash::Md5).toHex());
}

std::optional<QByteArray> PhysicalName::md5OfFile(const QString& path, QString* error)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Md5);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file)) {
        if (error)
            *error = Submit::tr("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return hash.result().toHex();
}

std::optional<QString> PhysicalName::forFile(const QString& path, QString* error)
{
    const auto md5 = md5OfFile(path, error);
    if (!md5)
        return std::nullopt;
    return forDigest(QFileInfo(path).fileName(), *md5);
}

} // namespace bdm::submit
