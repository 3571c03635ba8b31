#include "tlsidentity.h"

#include "serverlogging.h"

#include <QDateTime>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

namespace Shahrvand::Server {

namespace {

// Keeps the descriptor of the one connection it accepts, for a QSslSocket to adopt.
class DescriptorCatcher final : public QTcpServer
{
public:
    qintptr descriptor = -1;

protected:
    void incomingConnection(qintptr socketDescriptor) override { descriptor = socketDescriptor; }
};

// Empty when the key fits the certificate; otherwise the TLS library's complaint.
QString keyMismatch(const QSslConfiguration &configuration)
{
    DescriptorCatcher listener;
    QTcpSocket client;
    if (!listener.listen(QHostAddress(QHostAddress::LocalHost), 0))
        return {}; // cannot check here; a bad key will show in the first handshake
    client.connectToHost(QHostAddress(QHostAddress::LocalHost), listener.serverPort());
    if (!listener.waitForNewConnection(5000) || listener.descriptor < 0)
        return {};
    QSslSocket server;
    if (!server.setSocketDescriptor(listener.descriptor))
        return {};
    server.setSslConfiguration(configuration);
    QString complaint;
    // The TLS context (and with it the key check) is set up synchronously here.
    QObject::connect(
        &server, &QSslSocket::errorOccurred, &server, [&](QAbstractSocket::SocketError error) {
            if (error == QAbstractSocket::SslInvalidUserDataError && complaint.isEmpty())
                complaint = server.errorString();
        });
    server.startServerEncryption();
    return complaint;
}

Expected<QByteArray, QString> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return TlsIdentity::tr("cannot read %1: %2").arg(path, file.errorString());
    return file.readAll();
}

} // namespace

Expected<QSslConfiguration, QString> TlsIdentity::load(const QString &certificateFile,
                                                       const QString &keyFile)
{
    if (!QSslSocket::supportsSsl())
        return tr("TLS is not available: the OpenSSL library could not be loaded.");

    const auto certificateData = readFile(certificateFile);
    if (!certificateData)
        return certificateData.error();
    QList<QSslCertificate> chain = QSslCertificate::fromData(*certificateData, QSsl::Pem);
    if (chain.isEmpty())
        chain = QSslCertificate::fromData(*certificateData, QSsl::Der);
    if (chain.isEmpty() || chain.first().isNull())
        return tr("%1 holds no certificate; give the PEM file of the server's certificate "
                  "(followed by any intermediate certificates).")
            .arg(certificateFile);
    const QSslCertificate &certificate = chain.first();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (certificate.expiryDate() < now)
        return tr("the certificate in %1 expired on %2; renew it.")
            .arg(certificateFile, certificate.expiryDate().toString(Qt::ISODate));
    if (certificate.effectiveDate() > now)
        qCWarning(lcApi).noquote()
            << "the certificate in" << certificateFile << "is not valid before"
            << certificate.effectiveDate().toString(Qt::ISODate);

    const auto keyData = readFile(keyFile);
    if (!keyData)
        return keyData.error();
    if (keyData->contains("ENCRYPTED"))
        return tr("the private key in %1 is protected by a passphrase; the server needs it "
                  "unencrypted (readable only by the service's user).")
            .arg(keyFile);
    QSslKey key;
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        key = QSslKey(*keyData, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull())
        return tr("%1 holds no private key that can be used (RSA or EC, in PEM form).")
            .arg(keyFile);

    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    const QString mismatch = keyMismatch(configuration);
    if (!mismatch.isEmpty())
        return tr("the private key in %1 does not belong to the certificate in %2 (%3).")
            .arg(keyFile, certificateFile, mismatch);
    return configuration;
}

} // namespace Shahrvand::Server
