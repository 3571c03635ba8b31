#include "routingrulesdialog.h"

#include "casecatalog.h"
#include "fieldtext.h"
#include "jalalidate.h"
#include "localcache.h"
#include "role.h"
#include "searchpicker.h"
#include "vocabulary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Shahrvand::Ui {

using CaseWork::OwnerStrategy;

namespace {

const QString entity = QStringLiteral("routing_rules");

QString problemsOf(const Cache::CacheError &error)
{
    return error.fieldMessages.isEmpty() ? error.message() : error.fieldMessages.join(u'\n');
}

QString strategyText(const QString &code)
{
    if (code == u"round_robin")
        return RoutingRulesDialog::tr("Round robin");
    if (code == u"least_loaded")
        return RoutingRulesDialog::tr("Least loaded");
    if (code == u"fixed")
        return RoutingRulesDialog::tr("A fixed person");
    return RoutingRulesDialog::tr("The team's queue");
}

// The editor of one rule.
class RuleEditor final : public QDialog
{
public:
    RuleEditor(const QJsonObject &rule, const CaseCatalog &catalog, QWidget *parent)
        : QDialog(parent)
    {
        setWindowTitle(rule.isEmpty() ? RoutingRulesDialog::tr("New routing rule")
                                      : RoutingRulesDialog::tr("Routing rule"));
        const auto picker = [&](const char *name, auto fill, const char *field) {
            auto *p = new SearchPicker(this);
            p->setObjectName(QLatin1String(name));
            p->setVisibleRows(3);
            (catalog.*fill)(p);
            p->clearCurrent();
            if (rule.value(QLatin1String(field)).isDouble())
                p->setCurrent(rule.value(QLatin1String(field)).toInteger());
            return p;
        };
        m_service = picker("service", &CaseCatalog::fillServices, "service_id");
        m_service->setPlaceholderText(RoutingRulesDialog::tr("Any service"));
        m_district = picker("district", &CaseCatalog::fillDistricts, "district_id");
        m_district->setPlaceholderText(RoutingRulesDialog::tr("Any district"));
        m_team = picker("team", &CaseCatalog::fillTeams, "team_id");
        m_team->setPlaceholderText(RoutingRulesDialog::tr("Type the team…"));
        m_owner = picker("owner", &CaseCatalog::fillUsers, "owner_id");
        m_owner->setPlaceholderText(RoutingRulesDialog::tr("For a fixed person: type a name…"));
        m_channel = new QComboBox(this);
        m_channel->addItem(RoutingRulesDialog::tr("Any channel"), QString());
        for (const QString &code : Entities::Vocabulary::channels)
            m_channel->addItem(FieldText::codeText(code), code);
        m_channel->setCurrentIndex(
            std::max(0, m_channel->findData(rule.value(u"channel").toString())));
        m_priority = new QComboBox(this);
        m_priority->addItem(RoutingRulesDialog::tr("Any priority"), QString());
        for (const QString &code : Entities::Vocabulary::priorities)
            m_priority->addItem(FieldText::codeText(code), code);
        m_priority->setCurrentIndex(
            std::max(0, m_priority->findData(rule.value(u"case_priority").toString())));
        m_strategy = new QComboBox(this);
        for (const QString &code : {u"none"_qs, u"round_robin"_qs, u"least_loaded"_qs, u"fixed"_qs})
            m_strategy->addItem(strategyText(code), code);
        m_strategy->setCurrentIndex(
            std::max(0, m_strategy->findData(rule.value(u"owner_strategy").toString())));
        m_keywords = new QLineEdit(rule.value(u"keywords").toString(), this);
        m_keywords->setPlaceholderText(
            RoutingRulesDialog::tr("Words or phrases, separated by commas: any of them matches"));
        m_active = new QCheckBox(RoutingRulesDialog::tr("Active"), this);
        m_active->setChecked(!rule.value(u"active").isBool() || rule.value(u"active").toBool());
        m_problem = new QLabel(this);
        m_problem->setWordWrap(true);
        m_problem->setStyleSheet(QStringLiteral("color: #b01c1c;"));
        m_problem->hide();
        auto *form = new QFormLayout;
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        auto *when = new QLabel(RoutingRulesDialog::tr("When a new case has…"), this);
        QFont bold = when->font();
        bold.setBold(true);
        when->setFont(bold);
        form->addRow(when);
        form->addRow(RoutingRulesDialog::tr("Service"), m_service);
        form->addRow(RoutingRulesDialog::tr("District"), m_district);
        form->addRow(RoutingRulesDialog::tr("Channel"), m_channel);
        form->addRow(RoutingRulesDialog::tr("Priority"), m_priority);
        form->addRow(RoutingRulesDialog::tr("Keywords"), m_keywords);
        auto *then = new QLabel(RoutingRulesDialog::tr("…it goes to"), this);
        then->setFont(bold);
        form->addRow(then);
        form->addRow(RoutingRulesDialog::tr("Team"), m_team);
        form->addRow(RoutingRulesDialog::tr("Owner"), m_strategy);
        form->addRow(QString(), m_owner);
        form->addRow(QString(), m_active);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        buttons->button(QDialogButtonBox::Ok)->setText(RoutingRulesDialog::tr("Save the rule"));
        buttons->button(QDialogButtonBox::Cancel)->setText(RoutingRulesDialog::tr("Cancel"));
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addWidget(m_problem);
        layout->addWidget(buttons);
        setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    }

    QJsonObject fields() const
    {
        const auto idOrNull = [](const SearchPicker *p) {
            return p->current() ? QJsonValue(*p->current()) : QJsonValue();
        };
        const auto textOrNull = [](const QComboBox *c) {
            const QString value = c->currentData().toString();
            return value.isEmpty() ? QJsonValue() : QJsonValue(value);
        };
        const QString strategy = m_strategy->currentData().toString();
        return {
            {QStringLiteral("service_id"), idOrNull(m_service)},
            {QStringLiteral("district_id"), idOrNull(m_district)},
            {QStringLiteral("channel"), textOrNull(m_channel)},
            {QStringLiteral("case_priority"), textOrNull(m_priority)},
            {QStringLiteral("keywords"), m_keywords->text().trimmed()},
            {QStringLiteral("team_id"), idOrNull(m_team)},
            {QStringLiteral("owner_strategy"), strategy},
            {QStringLiteral("owner_id"), strategy == u"fixed" ? idOrNull(m_owner) : QJsonValue()},
            {QStringLiteral("active"), m_active->isChecked()}};
    }

    void showProblem(const QString &text)
    {
        m_problem->setText(text);
        m_problem->show();
    }

private:
    SearchPicker *m_service = nullptr;
    SearchPicker *m_district = nullptr;
    SearchPicker *m_team = nullptr;
    SearchPicker *m_owner = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_priority = nullptr;
    QComboBox *m_strategy = nullptr;
    QLineEdit *m_keywords = nullptr;
    QCheckBox *m_active = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace

RoutingRulesDialog::RoutingRulesDialog(Cache::LocalCache &cache, QWidget *parent)
    : QDialog(parent)
    , m_cache(cache)
    , m_catalog(std::make_unique<CaseCatalog>(cache))
{
    setObjectName(QStringLiteral("routingRules"));
    setWindowTitle(tr("Routing rules"));
    const auto user = cache.user();
    m_editable = user && user->roles.contains(Access::Role::Administrator);

    auto *intro = new QLabel(
        m_editable ? tr("A new case goes to the team of the first active rule, in this order, "
                        "that matches everything the rule names. No rule matches: the "
                        "service's responsible unit. Changes are sent with the next sync.")
                   : tr("A new case goes to the team of the first active rule, in this order, "
                        "that matches everything the rule names. Only administrators change "
                        "the rules."),
        this);
    intro->setWordWrap(true);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("rules"));
    m_table->setColumnCount(8);
    m_table->setHorizontalHeaderLabels({tr("#"), tr("Service"), tr("District"), tr("Channel"),
                                        tr("Priority"), tr("Keywords"), tr("Team"), tr("Owner")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    m_table->setAlternatingRowColors(true);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (m_editable)
            editRule(row);
    });

    auto *buttons = new QHBoxLayout;
    const QList<std::pair<QString, std::function<void()>>> actions{
        {tr("Add…"), [this] { editRule(-1); }},
        {tr("Edit…"), [this] { editRule(m_table->currentRow()); }},
        {tr("Remove"),
         [this] {
             const int row = m_table->currentRow();
             if (row >= 0 && row < m_rules.size())
                 if (const QString p = removeRule(m_rules.at(row).value(u"id").toInteger());
                     !p.isEmpty())
                     m_problem->setText(p), m_problem->show();
         }},
        {tr("Move up"),
         [this] {
             const int row = m_table->currentRow();
             if (moveRule(row, -1).isEmpty() && row > 0)
                 m_table->selectRow(row - 1);
         }},
        {tr("Move down"),
         [this] {
             const int row = m_table->currentRow();
             if (moveRule(row, 1).isEmpty() && row + 1 < m_table->rowCount())
                 m_table->selectRow(row + 1);
         }},
    };
    for (const auto &[text, act] : actions) {
        auto *button = new QPushButton(text, this);
        button->setEnabled(m_editable);
        connect(button, &QPushButton::clicked, this, act);
        m_editButtons << button;
        buttons->addWidget(button);
    }
    buttons->addStretch(1);

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    m_problem->hide();

    // Try: the router, on the rules shown.
    auto *tryBox = new QGroupBox(tr("Try: where would a case go?"), this);
    m_tryService = new SearchPicker(tryBox);
    m_tryService->setVisibleRows(3);
    m_catalog->fillServices(m_tryService);
    m_tryService->clearCurrent();
    m_tryService->setPlaceholderText(tr("Service…"));
    m_tryDistrict = new SearchPicker(tryBox);
    m_tryDistrict->setVisibleRows(3);
    m_catalog->fillDistricts(m_tryDistrict);
    m_tryDistrict->clearCurrent();
    m_tryDistrict->setPlaceholderText(tr("District…"));
    m_tryChannel = new QComboBox(tryBox);
    for (const QString &code : Entities::Vocabulary::channels)
        m_tryChannel->addItem(FieldText::codeText(code), code);
    m_tryText = new QLineEdit(tryBox);
    m_tryText->setPlaceholderText(tr("What the citizen says…"));
    m_tryResult = new QLabel(tryBox);
    m_tryResult->setObjectName(QStringLiteral("tryResult"));
    m_tryResult->setWordWrap(true);
    auto *tryLayout = new QGridLayout(tryBox);
    tryLayout->addWidget(m_tryService, 0, 0);
    tryLayout->addWidget(m_tryDistrict, 0, 1);
    auto *tryRight = new QVBoxLayout;
    tryRight->addWidget(m_tryChannel);
    tryRight->addWidget(m_tryText);
    tryRight->addWidget(m_tryResult, 1);
    tryLayout->addLayout(tryRight, 0, 2);
    const auto runTry = [this] {
        CaseWork::CaseFacts facts;
        facts.service = ServiceId(m_tryService->current().value_or(0));
        facts.district = OrgUnitId(m_tryDistrict->current().value_or(0));
        facts.channel = m_tryChannel->currentData().toString();
        facts.description = m_tryText->text();
        if (facts.service.isValid()) {
            const QJsonObject service = m_catalog->service(facts.service.value());
            facts.priority = service.value(u"default_priority").toString();
            facts.serviceResponsibleUnit =
                OrgUnitId(service.value(u"responsible_unit_id").toInteger());
        }
        m_tryResult->setText(tryRoute(facts));
    };
    connect(m_tryService, &SearchPicker::currentChanged, this, runTry);
    connect(m_tryDistrict, &SearchPicker::currentChanged, this, runTry);
    connect(m_tryChannel, &QComboBox::currentIndexChanged, this, runTry);
    connect(m_tryText, &QLineEdit::textChanged, this, runTry);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_problem);
    layout->addWidget(tryBox);
    layout->addWidget(close);
    resize(fontMetrics().averageCharWidth() * 150, fontMetrics().height() * 34);
    reload();
}

RoutingRulesDialog::~RoutingRulesDialog() = default;

void RoutingRulesDialog::reload()
{
    m_rules.clear();
    std::optional<qint64> after;
    for (;;) {
        const auto page = m_cache.rows(entity, 500, after);
        if (!page || page->isEmpty())
            break;
        m_rules += *page;
        after = page->last().value(u"id").toInteger();
    }
    std::stable_sort(
        m_rules.begin(), m_rules.end(), [](const QJsonObject &a, const QJsonObject &b) {
            const int pa = a.value(u"position").toInt();
            const int pb = b.value(u"position").toInt();
            return pa != pb ? pa < pb : a.value(u"id").toInteger() < b.value(u"id").toInteger();
        });
    const auto name = [this](const QJsonObject &row, const char *field, const QString &entity) {
        const QJsonValue id = row.value(QLatin1String(field));
        if (!id.isDouble())
            return tr("Any");
        if (entity == u"services")
            return CaseCatalog::nameOf(m_catalog->service(id.toInteger()));
        if (entity == u"users")
            return m_catalog->userName(id.toInteger());
        return m_catalog->unitName(id.toInteger());
    };
    m_table->setRowCount(int(m_rules.size()));
    for (int r = 0; r < m_rules.size(); ++r) {
        const QJsonObject &rule = m_rules.at(r);
        const QString channel = rule.value(u"channel").toString();
        const QString priority = rule.value(u"case_priority").toString();
        const QString strategy = rule.value(u"owner_strategy").toString();
        const QStringList cells{toLocalDigits(QString::number(r + 1)),
                                name(rule, "service_id", QStringLiteral("services")),
                                name(rule, "district_id", QStringLiteral("org_units")),
                                channel.isEmpty() ? tr("Any") : FieldText::codeText(channel),
                                priority.isEmpty() ? tr("Any") : FieldText::codeText(priority),
                                rule.value(u"keywords").toString(),
                                name(rule, "team_id", QStringLiteral("org_units")),
                                strategy == u"fixed"
                                    ? name(rule, "owner_id", QStringLiteral("users"))
                                    : strategyText(strategy)};
        const bool active = !rule.value(u"active").isBool() || rule.value(u"active").toBool();
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (!active)
                item->setForeground(palette().color(QPalette::PlaceholderText));
            item->setToolTip(active ? cells.at(c) : tr("Not active"));
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
}

CaseWork::Router RoutingRulesDialog::router() const
{
    QList<CaseWork::RoutingRule> rules;
    for (const QJsonObject &row : m_rules)
        rules << CaseCatalog::ruleOf(row);
    return CaseWork::Router(rules);
}

QString RoutingRulesDialog::tryRoute(const CaseWork::CaseFacts &facts) const
{
    const CaseWork::Router routes = router();
    if (const CaseWork::RoutingRule *rule = routes.match(facts)) {
        int row = 0;
        while (row < m_rules.size() && m_rules.at(row).value(u"id").toInteger() != rule->id)
            ++row;
        return tr("Rule %1: to %2.")
            .arg(toLocalDigits(QString::number(row + 1)), m_catalog->unitName(rule->team.value()));
    }
    if (facts.serviceResponsibleUnit.isValid())
        return tr("No rule matches: to the service's responsible unit, %1.")
            .arg(m_catalog->unitName(facts.serviceResponsibleUnit.value()));
    return tr("No rule matches, and the service names no responsible unit.");
}

QString RoutingRulesDialog::saveRule(const QJsonObject &fields, std::optional<qint64> id)
{
    if (!m_editable)
        return tr("Only administrators change the routing rules.");
    if (!fields.value(u"team_id").isDouble())
        return tr("Choose the team the cases go to.");
    if (fields.value(u"owner_strategy").toString() == u"fixed" &&
        !fields.value(u"owner_id").isDouble())
        return tr("Choose the person, or another way to pick the owner.");
    QJsonObject values = fields;
    if (id) {
        const auto updated = m_cache.update(entity, *id, values);
        if (!updated)
            return problemsOf(updated.error());
    } else {
        int last = 0;
        for (const QJsonObject &rule : std::as_const(m_rules))
            last = std::max(last, rule.value(u"position").toInt());
        values.insert(QStringLiteral("position"), last + 10);
        const auto created = m_cache.create(entity, values);
        if (!created)
            return problemsOf(created.error());
    }
    reload();
    return {};
}

QString RoutingRulesDialog::removeRule(qint64 id)
{
    if (!m_editable)
        return tr("Only administrators change the routing rules.");
    const auto removed = m_cache.remove(entity, id);
    if (!removed)
        return problemsOf(removed.error());
    reload();
    return {};
}

QString RoutingRulesDialog::moveRule(int row, int step)
{
    const int other = row + step;
    if (!m_editable || row < 0 || other < 0 || row >= m_rules.size() || other >= m_rules.size())
        return tr("Nothing to move.");
    const QJsonObject a = m_rules.at(row);
    const QJsonObject b = m_rules.at(other);
    int pa = a.value(u"position").toInt();
    int pb = b.value(u"position").toInt();
    if (pa == pb) // equal positions go by id: make the order explicit
        pb = pa + (step > 0 ? 1 : -1);
    const auto first =
        m_cache.update(entity, a.value(u"id").toInteger(), {{QStringLiteral("position"), pb}});
    if (!first)
        return problemsOf(first.error());
    const auto second =
        m_cache.update(entity, b.value(u"id").toInteger(), {{QStringLiteral("position"), pa}});
    if (!second)
        return problemsOf(second.error());
    reload();
    return {};
}

void RoutingRulesDialog::editRule(int row)
{
    const bool existing = row >= 0 && row < m_rules.size();
    if (!existing && row >= 0)
        return;
    const QJsonObject rule = existing ? m_rules.at(row) : QJsonObject();
    RuleEditor editor(rule, *m_catalog, this);
    for (;;) {
        if (editor.exec() != QDialog::Accepted)
            return;
        const QString problem = saveRule(
            editor.fields(),
            existing ? std::optional<qint64>(rule.value(u"id").toInteger()) : std::nullopt);
        if (problem.isEmpty())
            return;
        editor.showProblem(problem);
    }
}

} // namespace Shahrvand::Ui
