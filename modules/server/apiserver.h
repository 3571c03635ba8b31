#pragma once

#include "expected.h"
#include "listenaddress.h"

#include <QHttpServer>
#include <QObject>

namespace Shahrvand {
class Clock;
}

namespace Shahrvand::Server {

// The HTTP face of the central server: routes under /api/v1, JSON in and out.
class ApiServer final : public QObject
{
    Q_OBJECT

public:
    explicit ApiServer(const Clock &clock, QObject *parent = nullptr);

    // Starts listening; the port actually bound is returned (useful with port 0).
    Expected<quint16, QString> listen(const ListenAddress &where);

private:
    void registerRoutes();

    const Clock &m_clock;
    QHttpServer m_http;
};

} // namespace Shahrvand::Server
