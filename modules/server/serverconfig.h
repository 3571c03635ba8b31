#pragma once

#include "apiserveroptions.h"
#include "expected.h"
#include "listenaddress.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace Shahrvand::Server {

// The settings of `shahrvand-server serve`. They come from an INI file (--config) whose
// keys are the long option names, overridden by the same options on the command line,
// so an operator can keep the database URL out of the process list and still change
// one value for a single run.
struct ServerConfig
{
    Q_DECLARE_TR_FUNCTIONS(Shahrvand::Server::ServerConfig)

public:
    QString database;
    ListenAddress listen;
    bool allowPlainHttp = false;
    QString tlsCertificateFile;
    QString tlsKeyFile;
    ApiServerOptions api;
    // Seconds between two runs of the SLA timer; 0: no timer (run `sla-check` from cron).
    int slaCheckIntervalSeconds = 60;

    bool usesTls() const { return !tlsCertificateFile.isEmpty(); }

    // Every setting's name, as an option ("--threads") and as an INI key ("threads").
    static const QStringList &keys();
    // The settings that are switches (given without a value on the command line).
    static bool isSwitch(const QString &key);

    // The values of an INI file, by key. Keys that are not settings are an error: a
    // misspelt setting must not be ignored without a word.
    static Expected<QHash<QString, QString>, QString> readFile(const QString &path);

    // Checks and converts values by key; absent keys keep their defaults. Errors name
    // the setting and are ready to print for the operator.
    static Expected<ServerConfig, QString> fromValues(const QHash<QString, QString> &values);
};

} // namespace Shahrvand::Server
