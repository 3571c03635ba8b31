#pragma once

#include <QStringList>

// The stable codes of the product's enumerations, as stored and sent over the API.
// Display names come from the UI's translations; these never change meaning.
namespace Shahrvand::Entities::Vocabulary {

inline const QStringList channels{
    QStringLiteral("phone"),      QStringLiteral("walk_in"), QStringLiteral("web"),
    QStringLiteral("mobile_app"), QStringLiteral("sms"),     QStringLiteral("telegram"),
    QStringLiteral("email"),      QStringLiteral("fax"),     QStringLiteral("letter")};

inline const QStringList priorities{QStringLiteral("low"), QStringLiteral("normal"),
                                    QStringLiteral("high"), QStringLiteral("urgent")};

inline const QStringList caseStatuses{
    QStringLiteral("new"),         QStringLiteral("assigned"),
    QStringLiteral("in_progress"), QStringLiteral("waiting_citizen"),
    QStringLiteral("escalated"),   QStringLiteral("resolved"),
    QStringLiteral("closed")};

inline const QStringList unitKinds{QStringLiteral("organisation"), QStringLiteral("department"),
                                   QStringLiteral("district"), QStringLiteral("team")};

inline const QStringList genders{QStringLiteral("female"), QStringLiteral("male"),
                                 QStringLiteral("unspecified")};

inline const QStringList articleTypes{QStringLiteral("faq"), QStringLiteral("instruction"),
                                      QStringLiteral("article"), QStringLiteral("regulation")};

inline const QStringList articleStatuses{QStringLiteral("draft"), QStringLiteral("in_review"),
                                         QStringLiteral("approved"), QStringLiteral("published"),
                                         QStringLiteral("archived")};

inline const QStringList missionStatuses{
    QStringLiteral("draft"),       QStringLiteral("issued"),
    QStringLiteral("in_progress"), QStringLiteral("completed_needs_followup"),
    QStringLiteral("completed"),   QStringLiteral("cancelled")};

// Where a draft mission's approval chain is (missions.approval_status, server-managed).
inline const QStringList missionApprovalStatuses{
    QStringLiteral("none"), QStringLiteral("pending"), QStringLiteral("approved"),
    QStringLiteral("rejected"), QStringLiteral("returned")};

inline const QStringList claimStatuses{QStringLiteral("draft"),    QStringLiteral("submitted"),
                                       QStringLiteral("approved"), QStringLiteral("rejected"),
                                       QStringLiteral("returned"), QStringLiteral("withdrawn"),
                                       QStringLiteral("paid")};

inline const QStringList expenseTypes{QStringLiteral("transport"), QStringLiteral("lodging"),
                                      QStringLiteral("per_diem"), QStringLiteral("meals"),
                                      QStringLiteral("other")};

inline const QStringList approvalDecisions{QStringLiteral("pending"), QStringLiteral("approved"),
                                           QStringLiteral("rejected"), QStringLiteral("returned")};

// What a notification is about. sla_warning and sla_breach name the SLA clock in
// `clock` (first_response, resolution); tracking_code_changed: the case a client created
// offline had its proposed tracking code in use and was given another.
inline const QStringList notificationKinds{QStringLiteral("sla_warning"),
                                           QStringLiteral("sla_breach"),
                                           QStringLiteral("tracking_code_changed")};

} // namespace Shahrvand::Entities::Vocabulary
