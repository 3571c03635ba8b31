#include "shellicons.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

namespace Shahrvand::Ui {

namespace {

// Draws one icon as lines on a 24 x 24 grid, in the palette's text colour, at any size.
class LineIconEngine final : public QIconEngine
{
public:
    explicit LineIconEngine(ShellIcon which)
        : m_which(which)
    {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette palette = QGuiApplication::palette();
        QColor color = palette.color(QPalette::WindowText);
        if (mode == QIcon::Disabled)
            color = palette.color(QPalette::Disabled, QPalette::WindowText);
        else if (mode == QIcon::Selected)
            color = palette.color(QPalette::HighlightedText);

        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const qreal side = qMin(rect.width(), rect.height());
        painter->translate(rect.x() + (rect.width() - side) / 2.0,
                           rect.y() + (rect.height() - side) / 2.0);
        painter->scale(side / 24.0, side / 24.0);
        QPen pen(color, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        draw(*painter, color);
        painter->restore();
    }

    QIconEngine *clone() const override { return new LineIconEngine(m_which); }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

private:
    void draw(QPainter &p, const QColor &color) const
    {
        switch (m_which) {
        case ShellIcon::Cases: {
            QPainterPath folder;
            folder.moveTo(3, 19);
            folder.lineTo(3, 5.5);
            folder.lineTo(9, 5.5);
            folder.lineTo(11, 7.5);
            folder.lineTo(21, 7.5);
            folder.lineTo(21, 19);
            folder.closeSubpath();
            p.drawPath(folder);
            p.drawLine(QPointF(7, 12), QPointF(17, 12));
            p.drawLine(QPointF(7, 15.5), QPointF(14, 15.5));
            break;
        }
        case ShellIcon::Citizens:
        case ShellIcon::User:
            p.drawEllipse(QPointF(12, 8), 3.8, 3.8);
            p.drawArc(QRectF(4.5, 14, 15, 13), 0, 180 * 16);
            break;
        case ShellIcon::Knowledge: {
            QPainterPath book;
            book.moveTo(12, 7);
            book.cubicTo(9, 5, 6, 5, 3, 6);
            book.lineTo(3, 19);
            book.cubicTo(6, 18, 9, 18, 12, 20);
            book.cubicTo(15, 18, 18, 18, 21, 19);
            book.lineTo(21, 6);
            book.cubicTo(18, 5, 15, 5, 12, 7);
            book.lineTo(12, 20);
            p.drawPath(book);
            break;
        }
        case ShellIcon::Missions: {
            QPainterPath pin;
            pin.moveTo(12, 21.5);
            pin.cubicTo(7, 15.5, 5, 12.5, 5, 9.5);
            pin.arcTo(QRectF(5, 2.5, 14, 14), 180, -180);
            pin.cubicTo(19, 12.5, 17, 15.5, 12, 21.5);
            p.drawPath(pin);
            p.drawEllipse(QPointF(12, 9.5), 2.6, 2.6);
            break;
        }
        case ShellIcon::Approvals:
            p.drawEllipse(QPointF(12, 12), 8.5, 8.5);
            p.drawPolyline(QPolygonF({QPointF(8, 12.5), QPointF(11, 15.5), QPointF(16.5, 9)}));
            break;
        case ShellIcon::Dashboards:
            p.drawLine(QPointF(3.5, 20), QPointF(20.5, 20));
            p.drawRect(QRectF(5, 12, 3.2, 8));
            p.drawRect(QRectF(10.4, 5, 3.2, 15));
            p.drawRect(QRectF(15.8, 9, 3.2, 11));
            break;
        case ShellIcon::Notifications: {
            QPainterPath bell;
            bell.moveTo(5, 17);
            bell.cubicTo(7, 15, 6.5, 12, 6.5, 10);
            bell.cubicTo(6.5, 6.5, 9, 4, 12, 4);
            bell.cubicTo(15, 4, 17.5, 6.5, 17.5, 10);
            bell.cubicTo(17.5, 12, 17, 15, 19, 17);
            bell.closeSubpath();
            p.drawPath(bell);
            p.drawArc(QRectF(9.5, 17.5, 5, 4), 180 * 16, 180 * 16);
            p.drawLine(QPointF(12, 2.5), QPointF(12, 4));
            break;
        }
        case ShellIcon::Sync: {
            p.drawArc(QRectF(4.5, 4.5, 15, 15), 30 * 16, 150 * 16);
            p.drawArc(QRectF(4.5, 4.5, 15, 15), 210 * 16, 150 * 16);
            p.drawPolyline(QPolygonF({QPointF(2.5, 9.5), QPointF(4.8, 12.8), QPointF(7.8, 10.3)}));
            p.drawPolyline(
                QPolygonF({QPointF(21.5, 14.5), QPointF(19.2, 11.2), QPointF(16.2, 13.7)}));
            break;
        }
        case ShellIcon::Conflicts: {
            QPainterPath triangle;
            triangle.moveTo(12, 3.5);
            triangle.lineTo(21.5, 20);
            triangle.lineTo(2.5, 20);
            triangle.closeSubpath();
            p.drawPath(triangle);
            p.drawLine(QPointF(12, 9.5), QPointF(12, 14));
            p.setBrush(color);
            p.drawEllipse(QPointF(12, 17), 0.6, 0.6);
            break;
        }
        case ShellIcon::Search:
            p.drawEllipse(QPointF(10, 10), 6, 6);
            p.drawLine(QPointF(14.5, 14.5), QPointF(20.5, 20.5));
            break;
        }
    }

    ShellIcon m_which;
};

QString themeName(ShellIcon which)
{
    switch (which) {
    case ShellIcon::Cases:
        return QStringLiteral("folder-documents");
    case ShellIcon::Citizens:
        return QStringLiteral("system-users");
    case ShellIcon::Knowledge:
        return QStringLiteral("accessories-dictionary");
    case ShellIcon::Missions:
        return QStringLiteral("mark-location");
    case ShellIcon::Approvals:
        return QStringLiteral("emblem-default");
    case ShellIcon::Dashboards:
        return QStringLiteral("x-office-spreadsheet");
    case ShellIcon::Notifications:
        return QStringLiteral("preferences-system-notifications");
    case ShellIcon::User:
        return QStringLiteral("avatar-default");
    case ShellIcon::Sync:
        return QStringLiteral("view-refresh");
    case ShellIcon::Conflicts:
        return QStringLiteral("dialog-warning");
    case ShellIcon::Search:
        return QStringLiteral("edit-find");
    }
    Q_UNREACHABLE();
}

} // namespace

QIcon shellIcon(ShellIcon which)
{
    const QString name = themeName(which);
    if (QIcon::hasThemeIcon(name))
        return QIcon::fromTheme(name);
    return QIcon(new LineIconEngine(which));
}

QIcon statusDot(const QColor &color)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(color.darker(130), 2));
    painter.setBrush(color);
    painter.drawEllipse(QRectF(6, 6, 20, 20));
    return QIcon(pixmap);
}

} // namespace Shahrvand::Ui
