#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace bdm::test {

// Bytes of a file under tests/data; fails loudly (empty result plus a warning) when missing.
inline QByteArray readTestData(const QString& relativePath)
{
    QFile f(QStringLiteral(BDM_TEST_DATA_DIR "/") + relativePath);
    if (!f.open(QIODevice::ReadOnly)) {
        qWarning("test data %s cannot be read", qPrintable(f.fileName()));
        return {};
    }
    return f.readAll();
}

// A recorded GUI RPC reply without its final 0x03 byte, as the connection hands it to the parser.
inline QByteArray readReply(const QString& relativePath)
{
    QByteArray bytes = readTestData(relativePath);
    if (bytes.endsWith('\x03'))
        bytes.chop(1);
    return bytes;
}

} // namespace bdm::test
