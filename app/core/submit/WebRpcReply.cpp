#include "submit/WebRpcReply.h"

#include "submit/SubmitTr.h"

#include <QXmlStreamReader>

namespace bdm::submit {
namespace {

// abort_jobs prints `<aborted NAME>` per job, which no XML parser accepts; drop those lines.
QByteArray withoutAbortedLines(const QByteArray& body)
{
    QByteArray out;
    out.reserve(body.size());
    for (const QByteArray& line : body.split('\n')) {
        const QByteArray t = line.trimmed();
        if (t.startsWith("<aborted ") && t.endsWith('>') && !t.endsWith("/>"))
            continue;
        out += line;
        out += '\n';
    }
    return out;
}

// PHP notices or warnings can come before the prolog when display_errors is on.
QByteArray fromDocumentStart(const QByteArray& body)
{
    const qsizetype prolog = body.indexOf("<?xml");
    if (prolog > 0)
        return body.mid(prolog);
    if (prolog == 0)
        return body;
    const qsizetype tag = body.indexOf('<');
    return tag > 0 ? body.mid(tag) : body;
}

bool readElement(QXmlStreamReader& xml, WebRpcElement& element)
{
    element.name = xml.name().toString();
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement: {
            WebRpcElement child;
            if (!readElement(xml, child))
                return false;
            element.children.push_back(std::move(child));
            break;
        }
        case QXmlStreamReader::Characters:
            element.text += xml.text();
            break;
        case QXmlStreamReader::EndElement:
            element.text = element.text.trimmed();
            return true;
        default:
            break;
        }
    }
    return false;
}

// Returns true when `e` is an error envelope (<error_num> or the old <message> form).
bool takeError(const WebRpcElement& e, WebRpcReply& reply)
{
    if (e.name != QLatin1String("error"))
        return false;
    const WebRpcElement* num = e.child(QStringLiteral("error_num"));
    const WebRpcElement* msg = e.child(QStringLiteral("error_msg"));
    if (!msg)
        msg = e.child(QStringLiteral("message"));
    if (!num && !msg)
        return false; // a job's <error> flags in query_batch, not an envelope
    const QString text = msg ? msg->text : QString();
    if (num && num->text.toInt() == 0) {
        reply.warnings << text;
        return true;
    }
    if (reply.error.ok()) {
        reply.error.kind = SubmitError::Kind::Refused;
        reply.error.serverText = text;
        reply.error.message =
            text.isEmpty()
                ? Submit::tr("The server refused the request (error %1).").arg(num ? num->text : QString())
                : Submit::tr("The server refused the request: %1").arg(text);
    }
    return true;
}

} // namespace

const WebRpcElement* WebRpcElement::child(const QString& childName) const
{
    for (const WebRpcElement& c : children) {
        if (c.name == childName)
            return &c;
    }
    return nullptr;
}

QString WebRpcElement::childText(const QString& childName) const
{
    const WebRpcElement* c = child(childName);
    return c ? c->text : QString();
}

QList<const WebRpcElement*> WebRpcElement::childrenNamed(const QString& childName) const
{
    QList<const WebRpcElement*> out;
    for (const WebRpcElement& c : children) {
        if (c.name == childName)
            out << &c;
    }
    return out;
}

WebRpcReply WebRpcReply::parse(const QByteArray& body)
{
    WebRpcReply reply;
    QXmlStreamReader xml(fromDocumentStart(withoutAbortedLines(body)));
    bool haveRoot = false;
    while (!xml.atEnd() && !haveRoot) {
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            // Only the root element matters: xml_error() after an already-closed outer tag, or
            // the closing outer tag after a bare <error>, would only add junk after it.
            haveRoot = readElement(xml, reply.root);
        }
    }
    if (!haveRoot) {
        // A bare <error> followed by a closing outer tag it never opened still has the error.
        if (reply.root.name == QLatin1String("error") && takeError(reply.root, reply))
            return reply;
        reply.error.kind = SubmitError::Kind::Connection;
        reply.error.message = Submit::tr("The server's reply could not be read: %1").arg(xml.errorString());
        reply.error.serverText = QString::fromUtf8(body.left(2000));
        return reply;
    }
    if (takeError(reply.root, reply))
        return reply;
    for (const WebRpcElement& c : reply.root.children)
        takeError(c, reply);
    return reply;
}

} // namespace bdm::submit
