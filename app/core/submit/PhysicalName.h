#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace bdm::submit {

// Content-unique names for files stored on the server: `<stem>_<md5-8>.<ext>`. stage_file
// and job_file.php refuse a same-named file with other content, and every job may have its
// own "input.txt"; the name also keeps only [A-Za-z0-9_.-], so it is safe in any list or
// command line on the server. Inside the job, files keep their original names (open names).
class PhysicalName
{
public:
    static QString forDigest(const QString& fileName, const QByteArray& md5Hex);
    static QString forContent(const QString& fileName, const QByteArray& content);
    // Reads the whole file: call it off the GUI thread for big inputs.
    static std::optional<QString> forFile(const QString& path, QString* error = nullptr);
    static std::optional<QByteArray> md5OfFile(const QString& path, QString* error = nullptr);
};

} // namespace bdm::submit
