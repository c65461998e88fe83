#include "submit/WebRpcBackend.h"

#include "submit/SubmitTr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPromise>
#include <QThreadPool>
#include <memory>

namespace bdm::submit {
namespace {

QStringList outputNames(const JournalEntry& entry)
{
    QStringList names;
    const QJsonObject o = QJsonDocument::fromJson(entry.specJson.toUtf8()).object();
    for (const QJsonValue& v : o.value(QLatin1String("outputs")).toArray())
        names << v.toString();
    return names;
}

// An output name as a file name here: the server's name could hold a path.
QString localName(const QString& name, int index)
{
    const QString base = QFileInfo(name).fileName();
    return base.isEmpty() || base == QLatin1String(".") || base == QLatin1String("..")
               ? QStringLiteral("output_%1").arg(index)
               : base;
}

bool isNoSuchBatch(const SubmitError& e)
{
    return e.kind == SubmitError::Kind::Refused && e.serverText.contains(QLatin1String("no such batch"));
}

} // namespace

WebRpcBackend::WebRpcBackend(const SubmitTarget& target, QObject* parent)
    : SubmitBackend(parent), m_target(target), m_client(m_network, QUrl(target.projectUrl)),
      m_context(new QObject(this))
{
    connect(&m_planWatcher, &QFutureWatcher<PlanResult>::finished, this, &WebRpcBackend::onPlanned);
}

WebRpcBackend::~WebRpcBackend()
{
    delete m_context; // no handler may run while the members go
    m_context = nullptr;
    m_client.cancel();
}

void WebRpcBackend::setAuthenticator(const QString& authenticator)
{
    m_client.setAuthenticator(authenticator.trimmed());
}

void WebRpcBackend::addCaCertificates(const QList<QSslCertificate>& certificates)
{
    m_client.addCaCertificates(certificates);
}

bool WebRpcBackend::addCaCertificatesFile(const QString& pemPath, QString* error)
{
    return m_client.addCaCertificatesFile(pemPath, error);
}

bool WebRpcBackend::haveAuthenticator()
{
    if (!m_client.authenticator().isEmpty())
        return true;
    if (!m_target.authenticatorFile.isEmpty()) {
        QFile f(m_target.authenticatorFile);
        if (f.open(QIODevice::ReadOnly))
            m_client.setAuthenticator(QString::fromUtf8(f.readAll()).trimmed());
    }
    return !m_client.authenticator().isEmpty();
}

bool WebRpcBackend::begin()
{
    if (m_busy) {
        // One operation at a time: a second one is a caller's bug, said through the usual signal.
        QMetaObject::invokeMethod(
            this,
            [this] {
                emit failed(SubmitError{SubmitError::Kind::Usage,
                                        Submit::tr("Another operation is still running on this connection."),
                                        {}});
            },
            Qt::QueuedConnection);
        return false;
    }
    if (!haveAuthenticator()) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                emit failed(SubmitError{
                    SubmitError::Kind::Usage,
                    Submit::tr("No authenticator for %1: sign in with the account's email and password, or "
                               "give an authenticator file.")
                        .arg(m_target.projectUrl),
                    {}});
            },
            Qt::QueuedConnection);
        return false;
    }
    m_busy = true;
    return true;
}

void WebRpcBackend::fail(const SubmitError& error)
{
    m_busy = false;
    emit failed(error);
}

WebRpcBatchRef WebRpcBackend::refOf(const JournalEntry& entry)
{
    return entry.batchId.isEmpty() ? WebRpcBatchRef{{}, entry.key} : WebRpcBatchRef{entry.batchId, {}};
}

void WebRpcBackend::submit(const JobSpec& spec, const JournalEntry& entry)
{
    if (!begin())
        return;
    m_entry = entry;
    m_batchId.clear();
    emit progress(Submit::tr("Preparing the files"), 0, 0);
    // The plan hashes every input; large inputs must not stall the caller's thread.
    auto promise = std::make_shared<QPromise<PlanResult>>();
    m_planWatcher.setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, spec, entry] {
        PlanResult r;
        r.plan = WebRpcPlan::build(spec, entry, &r.error);
        promise->addResult(r);
        promise->finish();
    });
}

void WebRpcBackend::onPlanned()
{
    if (!m_busy || m_planWatcher.future().resultCount() == 0)
        return; // cancelled meanwhile
    const PlanResult r = m_planWatcher.result();
    if (!r.plan) {
        fail(SubmitError{SubmitError::Kind::Usage, r.error, {}});
        return;
    }
    m_plan = *r.plan;
    checkExisting();
}

void WebRpcBackend::checkExisting()
{
    emit progress(Submit::tr("Connecting"), 0, 0);
    m_client.queryBatch(
        WebRpcBatchRef{{}, m_plan.batchName}, false, m_context,
        [this](const SubmitError& e, const WebRpcBatch& batch) {
            if (!e.ok() && !isNoSuchBatch(e)) {
                fail(e);
                return;
            }
            if (e.ok() && (batch.state != WebRpcBatch::Init || !batch.jobs.isEmpty())) {
                // An earlier try got through: report that batch rather than submit a second.
                SubmitOutcome outcome{QStringLiteral("webrpc"), QStringLiteral("submit_batch"), {}, batch.id};
                for (const WebRpcJob& j : batch.jobs)
                    outcome.workunits << j.name;
                if (outcome.workunits.isEmpty())
                    outcome.workunits = m_plan.jobNames;
                m_busy = false;
                emit submitted(outcome);
                return;
            }
            emit stageChanged(JournalStage::Uploading);
            if (e.ok()) {
                m_batchId = batch.id;
                queryFiles();
                return;
            }
            m_client.createBatch(m_plan.appName, m_plan.batchName, m_context,
                                 [this](const SubmitError& ce, const QString& id) {
                                     if (!ce.ok()) {
                                         fail(ce);
                                         return;
                                     }
                                     m_batchId = id;
                                     queryFiles();
                                 });
        });
}

void WebRpcBackend::queryFiles()
{
    QStringList names;
    for (const WebRpcUpload& u : std::as_const(m_plan.uploads))
        names << u.physicalName;
    m_client.queryFiles(names, m_batchId, m_context, [this](const SubmitError& e, const QList<int>& absent) {
        if (!e.ok()) {
            fail(e);
            return;
        }
        m_pending.clear();
        m_uploadTotal = 0;
        m_uploadDone = 0;
        for (int i : absent) {
            if (i >= 0 && i < m_plan.uploads.size()) {
                m_pending << m_plan.uploads[i];
                m_uploadTotal += m_plan.uploads[i].size;
            }
        }
        uploadNext();
    });
}

void WebRpcBackend::uploadNext()
{
    if (m_pending.isEmpty()) {
        submitBatch();
        return;
    }
    const WebRpcUpload u = m_pending.first();
    const QString step = Submit::tr("Uploading %1")
                             .arg(u.localPath.isEmpty() ? u.physicalName : QFileInfo(u.localPath).fileName());
    emit progress(step, m_uploadDone, m_uploadTotal);
    m_client.uploadFiles(
        {WebRpcFile{u.physicalName, u.localPath, u.content}}, m_batchId, m_context,
        [this](const SubmitError& e) {
            if (!e.ok()) {
                fail(e);
                return;
            }
            m_uploadDone += m_pending.takeFirst().size;
            uploadNext();
        },
        [this, step, size = u.size](qint64 done, qint64 total) {
            // The multipart body is a little larger than the file; scale to the file's size.
            const qint64 part = total > 0 ? qMin(size, size * done / total) : 0;
            emit progress(step, m_uploadDone + part, m_uploadTotal);
        });
}

void WebRpcBackend::submitBatch()
{
    emit stageChanged(JournalStage::Submitting);
    emit progress(Submit::tr("Submitting"), 0, 0);
    m_client.submitBatch(
        m_plan.batchXml(m_batchId), m_context, [this](const SubmitError& e, const QString& id) {
            if (!e.ok()) {
                confirmAfter(e);
                return;
            }
            m_busy = false;
            emit submitted(
                SubmitOutcome{QStringLiteral("webrpc"), QStringLiteral("submit_batch"), m_plan.jobNames, id});
        });
}

void WebRpcBackend::confirmAfter(const SubmitError& error)
{
    // The reply may be a resend's refusal, or lost, while the batch was filled: ask the server.
    m_client.queryBatch(
        WebRpcBatchRef{m_batchId, {}}, false, m_context,
        [this, error](const SubmitError& e, const WebRpcBatch& batch) {
            if (!e.ok() || batch.jobs.isEmpty()) {
                fail(error);
                return;
            }
            SubmitOutcome outcome{QStringLiteral("webrpc"), QStringLiteral("submit_batch"), {}, batch.id};
            for (const WebRpcJob& j : batch.jobs)
                outcome.workunits << j.name;
            m_busy = false;
            emit submitted(outcome);
        });
}

void WebRpcBackend::query(const JournalEntry& entry)
{
    if (!begin())
        return;
    const QStringList outputs = outputNames(entry);
    m_client.queryBatch(refOf(entry), true, m_context,
                        [this, outputs](const SubmitError& e, const WebRpcBatch& b) {
                            if (!e.ok()) {
                                fail(e);
                                return;
                            }
                            m_busy = false;
                            emit queried(b.statuses(outputs));
                        });
}

void WebRpcBackend::fetchOutputs(const JournalEntry& entry, const QString& directory)
{
    if (!begin())
        return;
    const QStringList outputs = outputNames(entry);
    m_client.queryBatch(
        refOf(entry), true, m_context,
        [this, outputs, directory](const SubmitError& e, const WebRpcBatch& b) {
            if (!e.ok()) {
                fail(e);
                return;
            }
            m_downloads.clear();
            m_fetched.clear();
            for (const JobStatus& s : b.statuses(outputs)) {
                if (s.state != JobStatus::State::Done)
                    continue;
                for (int i = 0; i < outputs.size(); ++i) {
                    const QString dir = QDir(directory).filePath(localName(s.workunit, 0));
                    m_downloads << Download{s.workunit, i, QDir(dir).filePath(localName(outputs[i], i))};
                }
            }
            m_downloadCount = static_cast<int>(m_downloads.size());
            downloadNext();
        });
}

void WebRpcBackend::downloadNext()
{
    if (m_downloads.isEmpty()) {
        m_busy = false;
        emit outputsFetched(m_fetched);
        return;
    }
    const Download d = m_downloads.first();
    if (!QDir().mkpath(QFileInfo(d.path).absolutePath())) {
        fail(SubmitError{SubmitError::Kind::Usage,
                         Submit::tr("Cannot create %1.").arg(QFileInfo(d.path).absolutePath()),
                         {}});
        return;
    }
    emit progress(Submit::tr("Downloading %1").arg(QFileInfo(d.path).fileName()),
                  m_downloadCount - m_downloads.size(), m_downloadCount);
    m_client.downloadWorkunitFile(d.workunit, d.fileNumber, d.path, m_context, [this](const SubmitError& e) {
        if (!e.ok()) {
            fail(e);
            return;
        }
        m_fetched << m_downloads.takeFirst().path;
        downloadNext();
    });
}

void WebRpcBackend::abort(const JournalEntry& entry)
{
    if (!begin())
        return;
    m_client.abortBatch(refOf(entry), m_context, [this](const SubmitError& e) {
        if (!e.ok()) {
            fail(e);
            return;
        }
        m_busy = false;
        emit aborted();
    });
}

void WebRpcBackend::retire(const JournalEntry& entry)
{
    if (!begin())
        return;
    m_client.retireBatch(refOf(entry), m_context, [this](const SubmitError& e) {
        if (!e.ok()) {
            fail(e);
            return;
        }
        m_busy = false;
        emit retired();
    });
}

void WebRpcBackend::cancel()
{
    if (!m_busy)
        return;
    // Handlers of the aborted requests must not run: they belong to the old context.
    delete m_context;
    m_context = new QObject(this);
    m_client.cancel();
    m_planWatcher.disconnect(this);
    m_planWatcher.setFuture(QFuture<PlanResult>());
    connect(&m_planWatcher, &QFutureWatcher<PlanResult>::finished, this, &WebRpcBackend::onPlanned);
    fail(SubmitError{SubmitError::Kind::Cancelled, Submit::tr("Cancelled."), {}});
}

} // namespace bdm::submit
