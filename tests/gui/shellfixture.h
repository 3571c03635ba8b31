#pragma once

#include "workspace.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <optional>

class QWidget;

namespace Shahrvand::Ui {
class CasesPage;
}

namespace Shahrvand::Testing {

// A signed-in user's workspace on a real, encrypted cache file in a temporary folder,
// with a real sync engine pointed at a port where no server listens. Nothing is faked:
// rows arrive through the cache's own pull path, edits through its outbox, and conflicts
// through the server's push answer. The engine never starts a cycle by itself here (long
// period and debounce), but it does publish its counts when asked, as in the field.
class ShellFixture final
{
public:
    explicit ShellFixture(bool withEngine = true);
    ~ShellFixture();

    Ui::Workspace &workspace() { return m_workspace; }
    Cache::LocalCache &cache() { return *m_workspace.cache; }
    SyncClient::SyncEngine *engine() { return m_workspace.engine.get(); }
    bool isValid() const { return m_valid; }

    // Maryam Ahmadi: agent and supervisor of unit 3, finance approver.
    static Access::Principal user();

    // One page of GET /sync/changes, applied by the cache; false on failure.
    bool pull(const QString &entity, const QList<QJsonObject> &rows);

    // The same valid code for the same case id in every run.
    static QString trackingCodeFor(qint64 caseId);
    // As the shell shows it: "7KD-4MX-2QC", in a left-to-right embedding.
    static QString printedTrackingCode(qint64 caseId);
    static QJsonObject caseRow(qint64 id, const QString &subject, qint64 version = 5);
    static QJsonObject citizenRow(qint64 id, const QString &first, const QString &last,
                                  qint64 version = 3);

    // The user edits `fields` of a cached row; the push is answered by the server as a
    // conflict on those fields with `theirs` (the server row is the cached one with
    // `theirs` applied and its version raised). Returns the conflict's id.
    std::optional<qint64> plantConflict(const QString &entity, qint64 id, const QJsonObject &mine,
                                        const QJsonObject &theirs);
    // The same, answered as a refusal with the server's code and message.
    std::optional<qint64> plantRefusal(const QString &entity, qint64 id, const QJsonObject &mine,
                                       const QString &message);

    // 1 Azar 1405, 09:00 UTC: what the rows say they were created at.
    static qint64 createdAtMs();

private:
    std::optional<qint64> push(const QString &entity, qint64 id, const QJsonObject &mine,
                               const QJsonObject &answer);

    QTemporaryDir m_dir;
    Ui::Workspace m_workspace;
    std::unique_ptr<Credentials::CredentialStore> m_credentials;
    qint64 m_cursor = 0;
    bool m_valid = false;
};

// Types any text key by key into `widget` (QTest::keyClicks knows only ASCII).
void typeKeys(QWidget *widget, const QString &text);

// The ids of the cases a Cases page lists (every row fetched so far), in ascending order.
QList<qint64> shownCaseIds(const Ui::CasesPage &page);

} // namespace Shahrvand::Testing
