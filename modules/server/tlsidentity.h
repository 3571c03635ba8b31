#pragma once

#include "expected.h"

#include <QCoreApplication>
#include <QSslConfiguration>
#include <QString>

namespace Shahrvand::Server {

// The server's certificate and private key, read from PEM files named by the operator.
struct TlsIdentity
{
    Q_DECLARE_TR_FUNCTIONS(Shahrvand::Server::TlsIdentity)

public:
    // The configuration QSslServer needs, or an error ready to print for the operator:
    // a file that cannot be read, holds no certificate or no usable key, a key that is
    // encrypted, or a key that does not belong to the certificate. The last is checked
    // now, by starting a TLS session on a loopback socket, because otherwise it would
    // only show as every client's handshake failing.
    static Expected<QSslConfiguration, QString> load(const QString &certificateFile,
                                                     const QString &keyFile);
};

} // namespace Shahrvand::Server
