// The case workspace's actions: workflow actions, notes, referrals, duplicates.
#include "caseworkspace.h"

#include "casecatalog.h"
#include "caseedits.h"
#include "casetext.h"
#include "localcache.h"
#include "trackingcode.h"

#include <QInputDialog>
#include <QLabel>
#include <QRandomGenerator>

namespace Shahrvand::Ui {

using CaseWork::CaseActionKind;

QString CaseWorkspace::apply(CaseActionDialog::Mode mode, const CaseActionDialog::Answer &answer)
{
    if (mode == CaseActionDialog::Mode::Referral)
        return createReferral(answer);
    if (mode == CaseActionDialog::Mode::Note) {
        QJsonObject note{{QStringLiteral("case_id"), m_caseId},
                         {QStringLiteral("body"), answer.note},
                         {QStringLiteral("internal"), answer.internal}};
        const auto created = m_cache.create(QStringLiteral("case_notes"), note);
        if (!created) {
            const QStringList problems = created.error().fieldMessages;
            return problems.isEmpty() ? created.error().message() : problems.join(u'\n');
        }
        reload();
        showMessage(tr("Note added. It is sent with the next sync."), false);
        emit changed();
        return {};
    }
    if (const QString problem = CaseEdits::apply(m_cache, m_caseId, answer.action, m_now());
        !problem.isEmpty())
        return problem;
    reload();
    showMessage(tr("%1: done. It is sent with the next sync.")
                    .arg(CaseWork::caseActionDisplayName(answer.action.kind)),
                false);
    emit changed();
    return {};
}

void CaseWorkspace::runAction(CaseActionKind kind)
{
    if (!m_catalog)
        m_catalog = std::make_unique<CaseCatalog>(m_cache);
    const auto submit = [this](const CaseActionDialog::Answer &answer) {
        return apply(CaseActionDialog::Mode::Action, answer);
    };
    if (CaseActionDialog::asksNothing(kind)) {
        CaseActionDialog::Answer answer;
        answer.action.kind = kind;
        if (const QString problem = submit(answer); !problem.isEmpty())
            showMessage(problem, true);
        return;
    }
    const QJsonValue owner = m_row.value(u"owner_id");
    CaseActionDialog dialog(
        kind, *m_catalog,
        owner.isDouble() ? std::optional<qint64>(owner.toInteger()) : std::nullopt, submit, this);
    dialog.exec();
}

// A referral: a child case of the other department's service for the same citizen and
// place, with its own tracking code, and a note on this case naming it.
QString CaseWorkspace::createReferral(const CaseActionDialog::Answer &answer)
{
    if (answer.serviceId == 0)
        return tr("Choose the service of the department the case goes to.");
    const QString code = TrackingCode::generate(*QRandomGenerator::system()).compact();
    QJsonObject child{{QStringLiteral("tracking_code"), code},
                      {QStringLiteral("service_id"), answer.serviceId},
                      {QStringLiteral("channel"), m_row.value(u"channel")},
                      {QStringLiteral("parent_case_id"), m_caseId},
                      {QStringLiteral("description"), answer.note}};
    for (const char *field :
         {"citizen_id", "district_id", "address_text", "latitude", "longitude", "subject"}) {
        const QJsonValue value = m_row.value(QLatin1String(field));
        if (!value.isNull() && !value.isUndefined())
            child.insert(QLatin1String(field), value);
    }
    const auto created = m_cache.create(QStringLiteral("cases"), child);
    if (!created) {
        const QStringList problems = created.error().fieldMessages;
        return problems.isEmpty() ? created.error().message() : problems.join(u'\n');
    }
    const QString printed = TrackingCode::parse(code)->displayForm();
    const QString service = m_names->name(QStringLiteral("services"), answer.serviceId);
    const auto note =
        m_cache.create(QStringLiteral("case_notes"),
                       {{QStringLiteral("case_id"), m_caseId},
                        {QStringLiteral("body"),
                         tr("Referred to %1 as case %2: %3").arg(service, printed, answer.note)},
                        {QStringLiteral("internal"), true}});
    if (!note) // the child case is saved; the note is a courtesy
        qWarning("referral note not written: %s", qPrintable(note.error().detail));
    reload();
    showMessage(
        tr("Referred to %1 as case %2. It is sent with the next sync.").arg(service, printed),
        false);
    emit changed();
    return {};
}

void CaseWorkspace::refer()
{
    if (!m_catalog)
        m_catalog = std::make_unique<CaseCatalog>(m_cache);
    CaseActionDialog dialog(
        *m_catalog,
        [this](const CaseActionDialog::Answer &answer) {
            return apply(CaseActionDialog::Mode::Referral, answer);
        },
        this);
    dialog.exec();
}

void CaseWorkspace::addNote()
{
    CaseActionDialog dialog(
        [this](const CaseActionDialog::Answer &answer) {
            return apply(CaseActionDialog::Mode::Note, answer);
        },
        this);
    dialog.exec();
}

QString CaseWorkspace::markDuplicateOf(const QString &typed)
{
    const auto code = TrackingCode::parse(typed);
    if (!code)
        return TrackingCode::describe(code.error());
    Cache::CaseQueueFilter filter;
    filter.trackingPrefix = code->compact();
    const auto page = m_cache.caseQueuePage(filter, {Cache::CaseQueueColumn::TrackingCode}, 2);
    if (!page)
        return page.error().message();
    qint64 original = 0;
    for (const QJsonObject &row : page->rows) {
        if (row.value(u"tracking_code").toString() == code->compact())
            original = row.value(u"id").toInteger();
    }
    if (original == 0)
        return tr("No case with the tracking code %1 in this computer's copy.")
            .arg(code->displayForm());
    if (original == m_caseId)
        return tr("A case cannot be a duplicate of itself.");
    const auto linked = m_cache.update(QStringLiteral("cases"), m_caseId,
                                       {{QStringLiteral("duplicate_of_id"), original}});
    if (!linked)
        return linked.error().message();
    reload();
    // Resolved as a duplicate where the workflow allows it; otherwise only linked.
    CaseActionDialog::Answer answer;
    answer.action =
        CaseWork::CaseAction::resolve(tr("Duplicate of the request %1.").arg(code->displayForm()));
    if (CaseEdits::allowed(m_cache, m_caseId, CaseActionKind::Resolve, m_now())) {
        if (const QString problem = apply(CaseActionDialog::Mode::Action, answer);
            !problem.isEmpty())
            return problem;
    }
    showMessage(tr("Linked as a duplicate of %1.").arg(code->displayForm()), false);
    emit changed();
    return {};
}

void CaseWorkspace::askDuplicate()
{
    bool ok = false;
    const QString code = QInputDialog::getText(this, tr("Duplicate request"),
                                               tr("Tracking code of the case this one repeats:"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok || code.trimmed().isEmpty())
        return;
    if (const QString problem = markDuplicateOf(code); !problem.isEmpty())
        showMessage(problem, true);
}

} // namespace Shahrvand::Ui
