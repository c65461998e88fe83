#pragma once

#include "submit/JobSpec.h"
#include "submit/JournalEntry.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <optional>

namespace bdm::submit {

// One file that job_file.php stores for the batch: a local input or a generated job script.
struct WebRpcUpload
{
    QString physicalName; // jf_<md5 of the content>: immutable and shared by equal files
    QString localPath;    // empty: `content`
    QByteArray content;
    qint64 size = 0;
};

// Everything a web RPC submission sends, decided before anything leaves this computer so
// that a retry of the same journal entry sends the same names. Batch name = the journal key;
// job names = the key (one job) or <key>_<row> (a parameter table), so the workunits are
// known before submission. Each job carries inline input and output templates
// (TemplateGenerator) and its inputs as local_staged files: the spec's inputs, script and
// compose file under their own names, then the job script (one per row when the command
// has parameters) as boinc_docker.
struct WebRpcPlan
{
    QString batchName;
    QString appName;
    QList<WebRpcUpload> uploads; // distinct physical names, in first-use order
    QStringList jobNames;
    QList<QStringList> jobInputs;         // per job: physical names in template order
    QByteArray submitRequest;             // the submit_batch request, authenticator left out (for review)
    QList<QPair<QString, QString>> files; // generated files for review: name, text

    // The <batch> element for submit_batch; batchId: an INIT batch an earlier try created.
    QByteArray batchXml(const QString& batchId = {}) const;

    // Reads (and hashes) the input files: call it off the GUI thread for large inputs.
    static std::optional<WebRpcPlan> build(const JobSpec& spec, const JournalEntry& entry, QString* error);
    static QString physicalName(const QByteArray& md5Hex)
    {
        return QStringLiteral("jf_") + QString::fromLatin1(md5Hex);
    }

private:
    QString m_inputTemplate;
    QString m_outputTemplate;
    QList<int> m_priority;
};

} // namespace bdm::submit
