#pragma once

#include <QDate>
#include <QList>
#include <QPalette>
#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace Shahrvand::Ui {

// A dashboard's period: its presets in a box, then "Custom period…", which shows two fields
// for Jalali dates typed with any digits (parseJalaliDate). A custom period is applied once
// both dates are typed and make a period; until then, or when they do not (a date that cannot
// be read, an end before the start, too long a period), the problem is said in the user's
// language and the period in force stays: nothing is counted again. The dashboard names its
// presets (their texts are its own) and counts again on `changed`.
class PeriodChooser final : public QWidget
{
    Q_OBJECT

public:
    enum class Preset { Last7Days, Last30Days, Last90Days, ThisMonth, ThisYear, AnyTime };
    // A custom period of days counted one by one is bounded (the service dashboard's bars).
    enum class Bound { None, AtMost400Days };
    static constexpr int longestDays = 400;

    // The box lists `presets` in this order (index 0, 1, ...), then the custom period (index
    // presets.size()).
    PeriodChooser(const QList<Preset> &presets, Bound bound, QWidget *parent = nullptr);

    // The dashboard's words for its presets, in the order they were given.
    void setPresetTexts(const QStringList &texts);
    // Where problems are said (in red); the dashboard writes there again once it counts.
    void setProblemLabel(QLabel *label);

    int customIndex() const { return int(m_presets.size()); }
    // The choice in force: a preset's index, or customIndex().
    int index() const { return m_index; }
    bool isCustom() const { return m_index == customIndex(); }
    // Chooses a preset or, once one was applied, the custom period; nothing is emitted.
    void setIndex(int index);
    // Applies a custom period of Jalali dates: the problem, translated, or empty when it was
    // applied (then `changed` is emitted).
    QString setCustomRange(const QString &from, const QString &to);
    QString problem() const { return m_problem; }
    // The preset in force, or none for the custom period.
    std::optional<Preset> preset() const;
    // Takes a period chosen elsewhere (another dashboard): `preset` when this chooser has
    // it, else the days `from` to `to` as a custom period when they are a period it may
    // count. True when the period in force changed; nothing is emitted (the dashboard counts
    // when it is next shown) and a period it cannot take leaves it as it was.
    bool follow(std::optional<Preset> preset, QDate from, QDate to);

    // The period in force as Iran's calendar days, both included, with `today` for the
    // presets. "Any time" gives invalid dates (both ends open).
    QDate from(QDate today) const;
    QDate to(QDate today) const;

    QComboBox *box() const { return m_box; }
    QLineEdit *fromEdit() const { return m_fromEdit; }
    QLineEdit *toEdit() const { return m_toEdit; }

signals:
    // Another period is in force: count again.
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void chosen();
    void typed();
    void say(const QString &problem);
    void retranslate();

    QList<Preset> m_presets;
    bool m_bounded = false;
    int m_index = 0;
    QDate m_customFrom;
    QDate m_customTo;
    QString m_problem;
    QComboBox *m_box = nullptr;
    QLineEdit *m_fromEdit = nullptr;
    QLineEdit *m_toEdit = nullptr;
    QPointer<QLabel> m_problemLabel;
    QPalette::ColorRole m_labelRole = QPalette::WindowText;
};

} // namespace Shahrvand::Ui
