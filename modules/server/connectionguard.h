#pragma once

#include "language.h"

#include <QByteArray>
#include <QObject>

class QTcpSocket;

namespace Shahrvand::Server {

class ApiError;
class MessageCatalog;

// Watches the bytes of one connection before Qt's HTTP parser sees them, and turns
// away a request as soon as it is known to be too large: by its Content-Length, before
// the body is sent (so Expect: 100-continue uploads are refused without uploading), by
// the running size of a chunked body, or by the size of its headers. Qt 6.4's parser
// has no limits of its own and buffers a whole request in memory first.
//
// It keeps its own minimal framing of the byte stream (where each request's head and
// body end) to know which request the bytes belong to on a keep-alive connection.
class ConnectionGuard final : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        qint64 maxHeaderBytes = 0;
        qint64 maxBodyBytes = 0;
    };

    // Becomes a child of `socket`. Must be created before the HTTP server connects to
    // the socket's readyRead(), so that it sees every byte first; `httpServer` is the
    // receiver of that connection, which a refusal cuts.
    ConnectionGuard(QTcpSocket *socket, Limits limits, const MessageCatalog &catalog,
                    QObject *httpServer);

private:
    enum class Phase { Head, Body, ChunkSize, ChunkData, LastChunkEnd, Refused };

    void beforeParser();
    void afterParser();
    // Processes newly arrived bytes; false once the request has been refused.
    bool feed(QByteArrayView bytes);
    bool headComplete();
    bool chunkSizeComplete();
    void refuse(const ApiError &error);

    QTcpSocket *m_socket;
    const Limits m_limits;
    const MessageCatalog &m_catalog;
    QObject *m_httpServer;

    Phase m_phase = Phase::Head;
    QByteArray m_head;
    bool m_requestLineChecked = false;
    bool m_requestLineBad = false;
    QByteArray m_line;
    qint64 m_remaining = 0;
    qint64 m_bodyBytes = 0;
    Language m_language = defaultLanguage;
    // Bytes the parser left unread after the last readyRead(): not new next time.
    qint64 m_unconsumed = 0;
};

} // namespace Shahrvand::Server
