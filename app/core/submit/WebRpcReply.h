#pragma once

#include "submit/SubmitOutcome.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <vector>

namespace bdm::submit {

// One element of a web RPC reply: its own character data and its child elements.
struct WebRpcElement
{
    QString name;
    QString text; // trimmed
    std::vector<WebRpcElement> children;

    const WebRpcElement* child(const QString& childName) const; // the first one, or null
    QString childText(const QString& childName) const;
    QList<const WebRpcElement*> childrenNamed(const QString& childName) const;
};

// A reply of submit_rpc_handler.php, job_file.php or lookup_account.php, read tolerantly as
// the real server writes them: junk before the prolog (PHP notices), non-XML `<aborted NAME>`
// lines (abort_jobs), an <error> envelope inside the echoed outer element (or instead of it),
// and a stray closing tag after the document. <error> with error_num 0 is a PHP warning
// (warnings), any other number is the server's refusal (error: Refused, error_msg verbatim).
struct WebRpcReply
{
    SubmitError error;
    WebRpcElement root;
    QStringList warnings;

    bool ok() const { return error.ok(); }
    static WebRpcReply parse(const QByteArray& body);
};

} // namespace bdm::submit
