#include "shellfixture.h"

#include "casequeuemodel.h"
#include "casespage.h"

#include "trackingcode.h"

#include <QApplication>
#include <QKeyEvent>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <algorithm>

namespace Shahrvand::Testing {

ShellFixture::ShellFixture(bool withEngine)
{
    if (!m_dir.isValid())
        return;
    const Cache::CacheKey key = Cache::CacheKey::generate();
    m_workspace.cachePath = m_dir.filePath(QStringLiteral("maryam.cache"));
    auto cache = Cache::LocalCache::open(m_workspace.cachePath, key);
    if (!cache) {
        qWarning("cannot open the cache: %s", qPrintable(cache.error().detail));
        return;
    }
    m_workspace.cache = std::move(cache).value();
    if (!m_workspace.cache->setUser(user()))
        return;

    SyncClient::Session session;
    // The discard port: nothing answers, so a cycle that did start would find the
    // workstation offline instead of reaching anything.
    session.server = QUrl(QStringLiteral("http://127.0.0.1:9"));
    session.username = user().username;
    session.user = user();
    m_workspace.session = session;

    if (withEngine) {
        SyncClient::SyncOptions options;
        options.periodMs = 24 * 60 * 60 * 1000;
        options.debounceMs = 24 * 60 * 60 * 1000;
        m_workspace.engine =
            std::make_unique<SyncClient::SyncEngine>(m_workspace.cachePath, key, session, options);
        // The engine reports its counts once it has opened its own connection; wait for
        // that, so later reports are the ones a test causes.
        QSignalSpy first(m_workspace.engine.get(), &SyncClient::SyncEngine::statusChanged);
        if (!first.wait(10'000)) {
            qWarning("the sync engine did not report");
            return;
        }
    }
    // No keychain in the test environment: the store's own words say so.
    m_credentials = Credentials::memoryCredentialStore();
    m_workspace.credentials = m_credentials.get();
    m_valid = true;
}

ShellFixture::~ShellFixture()
{
    m_workspace.engine.reset();
    m_workspace.cache.reset();
}

Access::Principal ShellFixture::user()
{
    Access::Principal user;
    user.userId = UserId(7);
    user.username = QStringLiteral("maryam");
    user.displayName = QStringLiteral("مریم احمدی");
    user.roles = {Access::Role::Agent, Access::Role::Supervisor, Access::Role::FinanceApprover};
    user.units = {OrgUnitId(3)};
    user.visibleUnits = {OrgUnitId(3), OrgUnitId(4)};
    return user;
}

qint64 ShellFixture::createdAtMs()
{
    return QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();
}

QString ShellFixture::trackingCodeFor(qint64 caseId)
{
    QRandomGenerator random{quint32(caseId)};
    return TrackingCode::generate(random).compact();
}

QString ShellFixture::printedTrackingCode(qint64 caseId)
{
    const QString code = trackingCodeFor(caseId);
    return QChar(0x202A) + code.left(3) + u'-' + code.mid(3, 3) + u'-' + code.mid(6) +
           QChar(0x202C);
}

QJsonObject ShellFixture::caseRow(qint64 id, const QString &subject, qint64 version)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("version"), version},
            {QStringLiteral("deleted"), false},
            {QStringLiteral("created_at"), createdAtMs() + id * 60'000},
            {QStringLiteral("updated_at"), createdAtMs() + id * 60'000},
            {QStringLiteral("tracking_code"), trackingCodeFor(id)},
            {QStringLiteral("service_id"), 12},
            {QStringLiteral("channel"), QStringLiteral("phone")},
            {QStringLiteral("priority"), QStringLiteral("normal")},
            {QStringLiteral("status"), QStringLiteral("in_progress")},
            {QStringLiteral("subject"), subject},
            {QStringLiteral("team_id"), 3},
            {QStringLiteral("owner_id"), 7}};
}

QJsonObject ShellFixture::citizenRow(qint64 id, const QString &first, const QString &last,
                                     qint64 version)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("version"), version},
            {QStringLiteral("deleted"), false},
            {QStringLiteral("created_at"), createdAtMs()},
            {QStringLiteral("updated_at"), createdAtMs()},
            {QStringLiteral("first_name"), first},
            {QStringLiteral("last_name"), last},
            {QStringLiteral("father_name"), QStringLiteral("حسن")},
            {QStringLiteral("national_id"), QStringLiteral("******5678")},
            {QStringLiteral("birth_date"), QStringLiteral("1988-03-21")},
            {QStringLiteral("consent_sms"), true}};
}

bool ShellFixture::pull(const QString &entity, const QList<QJsonObject> &rows)
{
    QJsonArray changes;
    for (const QJsonObject &row : rows)
        changes.append(
            QJsonObject{{QStringLiteral("entity"), entity}, {QStringLiteral("row"), row}});
    m_cursor += rows.size();
    const QJsonObject page{{QStringLiteral("changes"), changes},
                           {QStringLiteral("drops"), QJsonArray()},
                           {QStringLiteral("cursor"), m_cursor},
                           {QStringLiteral("more"), false}};
    const auto applied = cache().applyPullPage(page);
    if (!applied)
        qWarning("pull failed: %s", qPrintable(applied.error().detail));
    return applied.hasValue();
}

std::optional<qint64> ShellFixture::push(const QString &entity, qint64 id, const QJsonObject &mine,
                                         const QJsonObject &answer)
{
    const auto edited = cache().update(entity, id, mine);
    if (!edited) {
        qWarning("edit failed: %s %s", qPrintable(edited.error().message()),
                 qPrintable(edited.error().fieldMessages.join(u' ')));
        return std::nullopt;
    }
    const auto sent = cache().pendingMutations(100);
    if (!sent || sent->isEmpty())
        return std::nullopt;
    QJsonObject result = answer;
    result.insert(QStringLiteral("client_mutation_id"),
                  sent->last().toObject().value(QStringLiteral("client_mutation_id")));
    const auto applied = cache().applyPushResults(*sent, QJsonArray{result});
    if (!applied) {
        qWarning("push answer failed: %s", qPrintable(applied.error().detail));
        return std::nullopt;
    }
    const auto conflicts = cache().conflicts();
    if (!conflicts || conflicts->isEmpty())
        return std::nullopt;
    return conflicts->last().id;
}

std::optional<qint64> ShellFixture::plantConflict(const QString &entity, qint64 id,
                                                  const QJsonObject &mine,
                                                  const QJsonObject &theirs)
{
    const auto stored = cache().row(entity, id);
    if (!stored || !*stored)
        return std::nullopt;
    QJsonObject serverRow = **stored;
    QJsonArray fields;
    for (auto it = theirs.begin(); it != theirs.end(); ++it) {
        fields.append(QJsonObject{{QStringLiteral("field"), it.key()},
                                  {QStringLiteral("base"), serverRow.value(it.key())},
                                  {QStringLiteral("mine"), mine.value(it.key())},
                                  {QStringLiteral("theirs"), it.value()}});
        serverRow.insert(it.key(), it.value());
    }
    serverRow.insert(QStringLiteral("version"),
                     serverRow.value(QStringLiteral("version")).toInteger() + 1);
    return push(entity, id, mine,
                {{QStringLiteral("status"), QStringLiteral("conflict")},
                 {QStringLiteral("row"), serverRow},
                 {QStringLiteral("conflicts"), fields}});
}

std::optional<qint64> ShellFixture::plantRefusal(const QString &entity, qint64 id,
                                                 const QJsonObject &mine, const QString &message)
{
    const auto stored = cache().row(entity, id);
    if (!stored || !*stored)
        return std::nullopt;
    return push(entity, id, mine,
                {{QStringLiteral("status"), QStringLiteral("rejected")},
                 {QStringLiteral("row"), **stored},
                 {QStringLiteral("error"),
                  QJsonObject{{QStringLiteral("code"), QStringLiteral("validation_failed")},
                              {QStringLiteral("message"), message}}}});
}

void typeKeys(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QApplication::sendEvent(widget, &release);
    }
}

QList<qint64> shownCaseIds(const Ui::CasesPage &page)
{
    QList<qint64> ids;
    const QAbstractItemModel *model = page.view()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->index(row, 0).data(Ui::CaseQueueModel::RowIdRole).toLongLong();
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace Shahrvand::Testing
