#pragma once

#include "expected.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace Shahrvand::Server {

// Where the server listens, as given on the command line: "127.0.0.1:8080",
// "[::1]:8080", "localhost:8080" or "0.0.0.0:443".
struct ListenAddress
{
    Q_DECLARE_TR_FUNCTIONS(Shahrvand::Server::ListenAddress)

public:
    QHostAddress address;
    quint16 port = 0;

    // Errors are ready to print for the operator.
    static Expected<ListenAddress, QString> parse(QStringView text);

    bool isLoopback() const { return address.isLoopback(); }
    QString toString() const;
};

} // namespace Shahrvand::Server
