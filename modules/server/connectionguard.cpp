#include "connectionguard.h"

#include "apiresponse.h"
#include "requestcontext.h"

#include "serverlogging.h"

#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>

namespace Shahrvand::Server {

namespace {

// A chunk-size line longer than this is not a chunk size.
constexpr qsizetype maxChunkLine = 1024;
// After refusing, the guard keeps reading (and dropping) what the client still sends
// for this long before closing. Closing with unread data makes the kernel send a reset,
// which can destroy the refusal before the client reads it.
constexpr int lingerMs = 2000;

bool isBlank(char c)
{
    return c == '\r' || c == '\n' || c == ' ' || c == '\t' || c == '\v';
}

// "GET /path HTTP/1.1": what Qt's parser accepts, minus its tolerance for extra spaces.
bool isRequestLine(const QByteArray &head)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z]+ [^ ]+ HTTP/1\\.[01]\r?\n$"));
    return pattern.match(QString::fromLatin1(head)).hasMatch();
}

// The language asked for in a request head, complete or not.
Language languageOf(const QByteArray &head)
{
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 &&
            line.left(colon).trimmed().compare("accept-language", Qt::CaseInsensitive) == 0)
            return negotiateLanguage(line.mid(colon + 1).trimmed());
    }
    return defaultLanguage;
}

} // namespace

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, Limits limits, const MessageCatalog &catalog,
                                 QObject *httpServer)
    : QObject(socket)
    , m_socket(socket)
    , m_limits(limits)
    , m_catalog(catalog)
    , m_httpServer(httpServer)
{
    connect(socket, &QIODevice::readyRead, this, &ConnectionGuard::beforeParser);
    // channelReadyRead() is emitted right after readyRead() has been handled by every
    // receiver, that is after Qt's parser took what it could.
    connect(socket, &QIODevice::channelReadyRead, this, &ConnectionGuard::afterParser);
}

void ConnectionGuard::beforeParser()
{
    if (m_phase == Phase::Refused) {
        m_socket->readAll();
        return;
    }
    const qint64 available = m_socket->bytesAvailable();
    const qint64 fresh = available - m_unconsumed;
    if (fresh <= 0)
        return;
    const QByteArray unread = m_socket->peek(available);
    feed(QByteArrayView(unread).last(qMin<qint64>(fresh, unread.size())));
}

void ConnectionGuard::afterParser()
{
    m_unconsumed = m_phase == Phase::Refused ? 0 : m_socket->bytesAvailable();
}

bool ConnectionGuard::feed(QByteArrayView bytes)
{
    qsizetype i = 0;
    while (i < bytes.size()) {
        switch (m_phase) {
        case Phase::Head: {
            // Like Qt's parser, skip blank lines left between requests.
            if (m_head.isEmpty()) {
                while (i < bytes.size() && isBlank(bytes[i]))
                    ++i;
                if (i == bytes.size())
                    return true;
            }
            const qsizetype newline = bytes.indexOf('\n', i);
            const qsizetype end = newline < 0 ? bytes.size() : newline + 1;
            m_head.append(bytes.sliced(i, end - i));
            i = end;
            if (newline >= 0 && !m_requestLineChecked) {
                m_requestLineChecked = true;
                m_requestLineBad = !isRequestLine(m_head);
            }
            if (m_head.size() > m_limits.maxHeaderBytes) {
                m_language = languageOf(m_head);
                refuse(ApiError::headersTooLarge(m_limits.maxHeaderBytes));
                return false;
            }
            if (newline >= 0 && (m_head.endsWith("\n\r\n") || m_head.endsWith("\n\n"))) {
                if (!headComplete())
                    return false;
            }
            break;
        }
        case Phase::Body: {
            const qint64 taken = qMin<qint64>(m_remaining, bytes.size() - i);
            m_remaining -= taken;
            i += taken;
            if (m_remaining == 0)
                m_phase = Phase::Head;
            break;
        }
        case Phase::ChunkSize: {
            // The CRLF that ends the previous chunk's data is skipped here.
            if (m_line.isEmpty()) {
                while (i < bytes.size() && (bytes[i] == '\r' || bytes[i] == '\n'))
                    ++i;
                if (i == bytes.size())
                    return true;
            }
            const qsizetype newline = bytes.indexOf('\n', i);
            const qsizetype end = newline < 0 ? bytes.size() : newline + 1;
            m_line.append(bytes.sliced(i, end - i));
            i = end;
            if (m_line.size() > maxChunkLine) {
                refuse(ApiError::badRequest());
                return false;
            }
            if (newline >= 0 && !chunkSizeComplete())
                return false;
            break;
        }
        case Phase::ChunkData: {
            const qint64 taken = qMin<qint64>(m_remaining, bytes.size() - i);
            m_remaining -= taken;
            i += taken;
            if (m_remaining == 0)
                m_phase = Phase::ChunkSize;
            break;
        }
        case Phase::LastChunkEnd: {
            // "0\r\n" is followed by an empty line; trailers are not supported (nor are
            // they by Qt's parser).
            const char c = bytes[i++];
            if (c == '\n')
                m_phase = Phase::Head;
            else if (c != '\r') {
                refuse(ApiError::badRequest());
                return false;
            }
            break;
        }
        case Phase::Refused:
            return false;
        }
    }
    // Qt's parser drops a connection with a malformed request line without a word, and
    // it is about to read these bytes: answer 400 now, in the language of as much of
    // the head as has arrived.
    if (m_phase == Phase::Head && m_requestLineBad) {
        m_language = languageOf(m_head);
        refuse(ApiError::badRequest());
        return false;
    }
    return true;
}

bool ConnectionGuard::headComplete()
{
    qint64 contentLength = -1;
    bool chunked = false;
    bool malformed = false;
    m_language = languageOf(m_head);
    const QList<QByteArray> lines = m_head.split('\n');
    for (qsizetype n = 1; n < lines.size(); ++n) {
        const QByteArray &line = lines.at(n);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = false;
            const qint64 length = value.toLongLong(&ok);
            // Two different lengths, or one that is not a number, are how requests are
            // smuggled past proxies: refuse rather than guess.
            if (!ok || length < 0 || (contentLength >= 0 && length != contentLength))
                malformed = true;
            contentLength = length;
        } else if (name == "transfer-encoding") {
            chunked = chunked || value.toLower().contains("chunked");
        }
    }
    m_head.clear();
    m_requestLineChecked = false;
    if (std::exchange(m_requestLineBad, false) || malformed || (chunked && contentLength >= 0)) {
        refuse(ApiError::badRequest());
        return false;
    }
    if (chunked) {
        m_bodyBytes = 0;
        m_line.clear();
        m_phase = Phase::ChunkSize;
    } else if (contentLength > m_limits.maxBodyBytes) {
        refuse(ApiError::payloadTooLarge(m_limits.maxBodyBytes));
        return false;
    } else if (contentLength > 0) {
        m_remaining = contentLength;
        m_phase = Phase::Body;
    }
    return true;
}

bool ConnectionGuard::chunkSizeComplete()
{
    QByteArray size = m_line.trimmed();
    m_line.clear();
    const qsizetype extension = size.indexOf(';');
    if (extension >= 0)
        size = size.left(extension).trimmed();
    bool ok = false;
    const qint64 length = size.toLongLong(&ok, 16);
    if (!ok || length < 0) {
        refuse(ApiError::badRequest());
        return false;
    }
    if (length == 0) {
        m_phase = Phase::LastChunkEnd;
        return true;
    }
    if (length > m_limits.maxBodyBytes - m_bodyBytes) {
        refuse(ApiError::payloadTooLarge(m_limits.maxBodyBytes));
        return false;
    }
    m_bodyBytes += length;
    m_remaining = length;
    m_phase = Phase::ChunkData;
    return true;
}

void ConnectionGuard::refuse(const ApiError &error)
{
    qCInfo(lcLimits).noquote() << "refused a request from" << m_socket->peerAddress().toString()
                               << "before reading it:" << error.code();
    m_phase = Phase::Refused;
    // Qt's parser will not see this connection again; what it buffered so far goes.
    disconnect(m_socket, &QIODevice::readyRead, m_httpServer, nullptr);
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    m_socket->readAll();
    m_socket->write(ApiResponse::rawHttpClose(error, m_catalog, m_language));
    QTimer::singleShot(lingerMs, m_socket, [socket = m_socket] { socket->disconnectFromHost(); });
}

} // namespace Shahrvand::Server
