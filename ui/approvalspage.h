#pragma once

#include "principal.h"
#include "sectionpage.h"

namespace Shahrvand::Ui {

// Approvals: for now the cached approval steps waiting for this user's decision (for
// their role in their units, or for them by name), with what is to be approved. The
// approvals workspace replaces it.
class ApprovalsPage final : public RowListPage
{
    Q_OBJECT

public:
    ApprovalsPage(Cache::LocalCache &cache, const Access::Principal &user,
                  QWidget *parent = nullptr);

    // Whether a step waits for `user`: undecided, and addressed to them or to one of their
    // roles in a unit they see. The same rule the server uses to show steps to approvers.
    static bool awaits(const QJsonObject &step, const Access::Principal &user);

protected:
    QString emptyText() const override;
};

} // namespace Shahrvand::Ui
