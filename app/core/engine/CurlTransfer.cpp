#include "engine/CurlTransfer.h"

#include "engine/DeliveryRelay.h"

#include <QCoreApplication>
#include <QFile>
#include <cerrno>
#include <cstring>
#include <curl/curl.h>

static_assert(CURL_ERROR_SIZE <= 256, "CurlTransfer::m_errorBuffer is too small");

namespace bdm::engine {
namespace {

// Gives lupdate and the program the same translation context.
class TransportTr
{
    Q_DECLARE_TR_FUNCTIONS(CurlWorker)
};

// Progress of file downloads is reported at most this often.
constexpr qint64 progressIntervalMs = 100;

} // namespace

CurlTransfer::CurlTransfer(RequestId id, HttpRequest request, DeliveryRelay* relay)
    : m_id(id), m_request(std::move(request)), m_relay(relay)
{}

CurlTransfer::~CurlTransfer()
{
    closeFile(false);
    if (m_easy)
        curl_easy_cleanup(m_easy);
    if (m_headers)
        curl_slist_free_all(m_headers);
    if (!m_finished)
        finish(EngineError::make(EngineError::Cancelled, TransportTr::tr("the request was cancelled")));
}

bool CurlTransfer::prepare()
{
    const EngineEndpoint& ep = m_request.endpoint;
    if (!ep.isHttp()) {
        finish(EngineError::make(
            EngineError::Unreachable,
            ep.kind == EngineEndpoint::Kind::NamedPipe
                ? TransportTr::tr("named pipes are not read over HTTP here; use the engine CLI")
                : TransportTr::tr("%1 is not an HTTP endpoint").arg(ep.toString())));
        return false;
    }
    m_easy = curl_easy_init();
    if (!m_easy) {
        finish(EngineError::make(EngineError::Unreachable,
                                 TransportTr::tr("libcurl could not create a handle")));
        return false;
    }
    m_url = (ep.baseUrl() + QString::fromLatin1(m_request.target)).toUtf8();
    curl_easy_setopt(m_easy, CURLOPT_URL, m_url.constData());
    curl_easy_setopt(m_easy, CURLOPT_PRIVATE, this);
    curl_easy_setopt(m_easy, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(m_easy, CURLOPT_ERRORBUFFER, m_errorBuffer);
    curl_easy_setopt(m_easy, CURLOPT_WRITEFUNCTION, &CurlTransfer::onWrite);
    curl_easy_setopt(m_easy, CURLOPT_WRITEDATA, this);
    curl_easy_setopt(m_easy, CURLOPT_HEADERFUNCTION, &CurlTransfer::onHeader);
    curl_easy_setopt(m_easy, CURLOPT_HEADERDATA, this);
    curl_easy_setopt(m_easy, CURLOPT_USERAGENT, "boinc-docker-manager/" BDM_VERSION);
    curl_easy_setopt(m_easy, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(m_request.connectTimeoutMs));
    curl_easy_setopt(m_easy, CURLOPT_TIMEOUT_MS, static_cast<long>(m_request.timeoutMs));
    if (ep.kind == EngineEndpoint::Kind::Unix) {
        m_socketPath = QFile::encodeName(ep.path);
        curl_easy_setopt(m_easy, CURLOPT_UNIX_SOCKET_PATH, m_socketPath.constData());
        // An http_proxy in the environment must not capture requests meant for a socket.
        curl_easy_setopt(m_easy, CURLOPT_NOPROXY, "*");
    }
    if (ep.tls) {
        curl_easy_setopt(m_easy, CURLOPT_SSL_VERIFYPEER, ep.tlsVerify ? 1L : 0L);
        curl_easy_setopt(m_easy, CURLOPT_SSL_VERIFYHOST, ep.tlsVerify ? 2L : 0L);
        if (!ep.caFile.isEmpty())
            curl_easy_setopt(m_easy, CURLOPT_CAINFO, QFile::encodeName(ep.caFile).constData());
        if (!ep.certFile.isEmpty())
            curl_easy_setopt(m_easy, CURLOPT_SSLCERT, QFile::encodeName(ep.certFile).constData());
        if (!ep.keyFile.isEmpty())
            curl_easy_setopt(m_easy, CURLOPT_SSLKEY, QFile::encodeName(ep.keyFile).constData());
    }
    if (m_request.method == "GET") {
        curl_easy_setopt(m_easy, CURLOPT_HTTPGET, 1L);
    } else {
        curl_easy_setopt(m_easy, CURLOPT_CUSTOMREQUEST, m_request.method.constData());
        curl_easy_setopt(m_easy, CURLOPT_POSTFIELDSIZE, static_cast<long>(m_request.body.size()));
        curl_easy_setopt(m_easy, CURLOPT_POSTFIELDS, m_request.body.constData());
    }
    if (!m_request.contentType.isEmpty())
        m_headers = curl_slist_append(m_headers, ("Content-Type: " + m_request.contentType).constData());
    m_headers = curl_slist_append(m_headers, "Expect:");
    curl_easy_setopt(m_easy, CURLOPT_HTTPHEADER, m_headers);
    m_sinceProgress.start();
    return true;
}

size_t CurlTransfer::onWrite(char* data, size_t size, size_t count, void* self)
{
    return static_cast<CurlTransfer*>(self)->write(data, size * count);
}

size_t CurlTransfer::onHeader(char* data, size_t size, size_t count, void* self)
{
    static_cast<CurlTransfer*>(self)->header(
        QByteArray(data, static_cast<qsizetype>(size * count)).trimmed());
    return size * count;
}

void CurlTransfer::header(const QByteArray& line)
{
    if (line.startsWith("HTTP/")) {
        // A new status line (after 100 Continue, say) starts a new set of headers.
        m_response.headers.clear();
        m_response.status = line.split(' ').value(1).toInt();
        return;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon > 0)
        m_response.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
}

bool CurlTransfer::deliversBodyAsItArrives() const
{
    // An error status keeps its body for the message, whatever kind of request it was.
    return m_response.status < 400 && (m_request.stream || !m_request.outputFile.isEmpty());
}

size_t CurlTransfer::write(const char* data, size_t bytes)
{
    const auto n = static_cast<qsizetype>(bytes);
    m_response.bodyBytes += n;
    if (!deliversBodyAsItArrives()) {
        if (m_response.body.size() + n > m_request.maxBodyBytes) {
            m_overflow = true;
            return 0; // makes curl stop with CURLE_WRITE_ERROR
        }
        m_response.body.append(data, n);
        return bytes;
    }
    if (m_request.outputFile.isEmpty()) {
        m_pending.append(data, n);
        return bytes;
    }
    if (!m_file && !openFile())
        return 0;
    if (std::fwrite(data, 1, bytes, m_file) != bytes) {
        m_fileError = QString::fromLocal8Bit(std::strerror(errno));
        return 0;
    }
    m_written += n;
    return bytes;
}

bool CurlTransfer::openFile()
{
    // Written beside the target and renamed at the end, so a cut transfer never looks whole.
    m_partPath = QFile::encodeName(m_request.outputFile) + ".part";
    m_file = std::fopen(m_partPath.constData(), "wb");
    if (!m_file)
        m_fileError = QString::fromLocal8Bit(std::strerror(errno));
    return m_file != nullptr;
}

void CurlTransfer::closeFile(bool keep)
{
    if (!m_file)
        return;
    const bool closed = std::fclose(m_file) == 0;
    m_file = nullptr;
    if (keep && closed &&
        std::rename(m_partPath.constData(), QFile::encodeName(m_request.outputFile).constData()) == 0)
        return;
    if (keep)
        m_fileError = QString::fromLocal8Bit(std::strerror(errno));
    std::remove(m_partPath.constData());
}

void CurlTransfer::flush()
{
    if (m_finished)
        return;
    if (!m_pending.isEmpty()) {
        m_relay->postChunk(std::move(m_pending));
        m_pending = QByteArray();
    }
    if (m_written != m_reported && m_sinceProgress.elapsed() >= progressIntervalMs) {
        m_reported = m_written;
        m_sinceProgress.restart();
        m_relay->postProgress(m_written);
    }
}

void CurlTransfer::complete(int curlCode)
{
    m_sinceProgress = QElapsedTimer(); // forces the last progress report
    if (!m_pending.isEmpty())
        m_relay->postChunk(std::exchange(m_pending, QByteArray()));
    EngineError error = errorFor(curlCode);
    if (!m_request.outputFile.isEmpty() && error.ok()) {
        if (!m_file && !openFile()) // an empty body still makes an (empty) file
            error = EngineError::make(
                EngineError::Protocol,
                TransportTr::tr("cannot write %1: %2").arg(m_request.outputFile, m_fileError));
        closeFile(error.ok());
        if (error.ok() && !m_fileError.isEmpty())
            error = EngineError::make(
                EngineError::Protocol,
                TransportTr::tr("cannot write %1: %2").arg(m_request.outputFile, m_fileError));
        if (m_written != m_reported)
            m_relay->postProgress(m_written);
    }
    finish(error);
}

void CurlTransfer::cancelled()
{
    finish(EngineError::make(EngineError::Cancelled, TransportTr::tr("the request was cancelled")));
}

void CurlTransfer::finish(EngineError error)
{
    if (m_finished)
        return;
    m_finished = true;
    closeFile(false);
    m_relay->postDone(std::move(error), std::move(m_response));
    m_relay = nullptr;
}

EngineError CurlTransfer::errorFor(int curlCode) const
{
    const auto code = static_cast<CURLcode>(curlCode);
    const QString where = m_request.endpoint.toString();
    const QString curlText =
        m_errorBuffer[0] ? QString::fromUtf8(m_errorBuffer) : QString::fromUtf8(curl_easy_strerror(code));
    if (code == CURLE_OK) {
        if (m_response.status >= 400)
            return EngineError::make(EngineError::Http, TransportTr::tr("HTTP %1").arg(m_response.status),
                                     m_response.status);
        return {};
    }
    long osErrno = 0;
    curl_easy_getinfo(m_easy, CURLINFO_OS_ERRNO, &osErrno);
    switch (code) {
    case CURLE_COULDNT_CONNECT:
        if (osErrno == EACCES || osErrno == EPERM)
            return EngineError::make(EngineError::PermissionDenied,
                                     TransportTr::tr("permission denied opening %1").arg(where));
        if (osErrno == ENOENT)
            return EngineError::make(EngineError::Unreachable,
                                     TransportTr::tr("%1 does not exist").arg(where));
        if (osErrno == ECONNREFUSED)
            return EngineError::make(EngineError::Unreachable,
                                     TransportTr::tr("connection refused by %1").arg(where));
        return EngineError::make(EngineError::Unreachable,
                                 TransportTr::tr("cannot connect to %1: %2").arg(where, curlText));
    case CURLE_COULDNT_RESOLVE_HOST:
        return EngineError::make(EngineError::Unreachable,
                                 TransportTr::tr("cannot resolve %1: %2").arg(where, curlText));
    case CURLE_OPERATION_TIMEDOUT:
        return EngineError::make(EngineError::Timeout,
                                 TransportTr::tr("%1 did not answer in time (%2)").arg(where, curlText));
    case CURLE_WRITE_ERROR:
        if (m_overflow)
            return EngineError::make(
                EngineError::Protocol,
                TransportTr::tr("reply from %1 larger than %2 bytes").arg(where).arg(m_request.maxBodyBytes));
        return EngineError::make(
            EngineError::Protocol,
            TransportTr::tr("cannot write %1: %2").arg(m_request.outputFile, m_fileError));
    case CURLE_GOT_NOTHING:
    case CURLE_WEIRD_SERVER_REPLY:
    case CURLE_UNSUPPORTED_PROTOCOL:
        return EngineError::make(EngineError::Protocol,
                                 TransportTr::tr("%1 does not speak HTTP: %2").arg(where, curlText));
    case CURLE_PARTIAL_FILE:
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
        return EngineError::make(EngineError::Unreachable,
                                 TransportTr::tr("%1 closed the connection: %2").arg(where, curlText));
    default:
        break;
    }
    return EngineError::make(EngineError::Unreachable, TransportTr::tr("%1: %2").arg(where, curlText));
}

} // namespace bdm::engine
