#pragma once

#include "engine/HttpTransport.h"

#include <QElapsedTimer>
#include <cstdio>

typedef void CURL; // NOLINT: as curl.h declares it, so this header need not include curl.h
struct curl_slist;

namespace bdm::engine {

class DeliveryRelay;

// One request inside CurlWorker: its easy handle, what has arrived so far, and the relay
// that carries results to the caller. Touched only by the worker thread.
class CurlTransfer
{
public:
    CurlTransfer(RequestId id, HttpRequest request, DeliveryRelay* relay);
    ~CurlTransfer(); // frees the handle; a file not completed is removed
    CurlTransfer(const CurlTransfer&) = delete;
    CurlTransfer& operator=(const CurlTransfer&) = delete;

    RequestId id() const { return m_id; }
    // Creates and configures the easy handle; false (with the error delivered) if it cannot.
    bool prepare();
    CURL* handle() const { return m_easy; }

    // After each round of curl_multi_perform: hands buffered chunks and file progress over.
    void flush();
    // curl finished the transfer with this CURLcode (as int, to keep curl.h out of here).
    void complete(int curlCode);
    void cancelled();

private:
    static size_t onWrite(char* data, size_t size, size_t count, void* self);
    static size_t onHeader(char* data, size_t size, size_t count, void* self);
    size_t write(const char* data, size_t bytes);
    void header(const QByteArray& line);
    bool deliversBodyAsItArrives() const;
    bool openFile();
    void closeFile(bool keep);
    EngineError errorFor(int curlCode) const;
    void finish(EngineError error);

    RequestId m_id;
    HttpRequest m_request;
    DeliveryRelay* m_relay; // owned by its own thread; gone after finish()
    CURL* m_easy = nullptr;
    curl_slist* m_headers = nullptr;
    QByteArray m_socketPath; // curl keeps pointers to these until the handle is freed
    QByteArray m_url;
    HttpResponse m_response;
    QByteArray m_pending;
    std::FILE* m_file = nullptr;
    QByteArray m_partPath;
    QString m_fileError;
    qint64 m_written = 0;
    qint64 m_reported = 0;
    QElapsedTimer m_sinceProgress;
    bool m_overflow = false;
    bool m_finished = false;
    char m_errorBuffer[256] = {};
};

} // namespace bdm::engine
