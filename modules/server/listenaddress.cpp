#include "listenaddress.h"

namespace Shahrvand::Server {

Expected<ListenAddress, QString> ListenAddress::parse(QStringView text)
{
    const QString input = text.trimmed().toString();
    const qsizetype colon = input.lastIndexOf(QLatin1Char(':'));
    if (input.isEmpty() || colon <= 0 || colon == input.size() - 1)
        return tr("Give the address to listen on as HOST:PORT, for example 127.0.0.1:8080.");

    QString host = input.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    else if (host.contains(QLatin1Char(':')))
        return tr("Write an IPv6 address in brackets, for example [::1]:8080.");

    bool portOk = false;
    const uint port = input.mid(colon + 1).toUInt(&portOk);
    // Port 0 asks the system for any free port; the server logs the one it got.
    if (!portOk || port > 65535)
        return tr("The port must be a number from 0 to 65535.");

    ListenAddress result;
    result.port = quint16(port);
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        result.address = QHostAddress(QHostAddress::LocalHost);
    else if (!result.address.setAddress(host))
        return tr("\"%1\" is not an IP address.").arg(host);
    return result;
}

QString ListenAddress::toString() const
{
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
                             : address.toString();
    return host + QLatin1Char(':') + QString::number(port);
}

} // namespace Shahrvand::Server
