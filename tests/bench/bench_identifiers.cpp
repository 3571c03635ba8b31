// Throughput of the identifier parsers, on input written the ways people write it: what a
// bulk import of citizen records or a server under load can expect. Prints figures and
// asserts no timings; exits non-zero only if a parser gives a wrong answer.
//
//   bench_identifiers           1,000,000 inputs per figure
//   bench_identifiers --quick   a few thousand, as the CTest smoke test

#include "nationalid.h"
#include "phonenumber.h"
#include "trackingcode.h"

#include <QElapsedTimer>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <cstdio>
#include <cstring>

using namespace Shahrvand;
using namespace Qt::StringLiterals;

namespace {

QString toPersianDigits(QString text)
{
    for (QChar &c : text) {
        if (c >= u'0' && c <= u'9')
            c = QChar(char16_t(u'\u06F0' + (c.unicode() - u'0')));
    }
    return text;
}

// A quarter each: plain, card form with dashes, Persian digits, and a mistyped check
// digit, so that the error path is measured too.
QStringList nationalIdInputs(qsizetype count, QRandomGenerator &rng)
{
    QStringList inputs;
    inputs.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        QString digits = NationalId::generateValid(rng).digits();
        switch (i % 4) {
        case 0:
            break;
        case 1:
            digits = digits.left(3) + u'-' + digits.mid(3, 6) + u'-' + digits.right(1);
            break;
        case 2:
            digits = toPersianDigits(digits);
            break;
        case 3:
            digits[9] = QChar(char16_t(u'0' + (digits[9].unicode() - u'0' + 1) % 10));
            break;
        }
        inputs.append(digits);
    }
    return inputs;
}

// Mobiles in four spellings, landlines with the area code and as local numbers.
QStringList phoneInputs(qsizetype count, QRandomGenerator &rng)
{
    QStringList inputs;
    inputs.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        const QString subscriber = QString::number(rng.bounded(1000000, 9999999));
        const QString local = QString::number(rng.bounded(20000000, 99999999));
        switch (i % 6) {
        case 0:
            inputs.append(u"0912 "_s + subscriber.left(3) + u' ' + subscriber.mid(3));
            break;
        case 1:
            inputs.append(u"+98 935 "_s + subscriber);
            break;
        case 2:
            inputs.append(toPersianDigits(u"0990"_s + subscriber));
            break;
        case 3:
            inputs.append(u"00989"_s + QString::number(10 + i % 30) + subscriber);
            break;
        case 4:
            inputs.append(u"021-"_s + local.left(4) + u' ' + local.mid(4));
            break;
        case 5:
            inputs.append(local);
            break;
        }
    }
    return inputs;
}

struct Figure
{
    qint64 nanoseconds = 0;
    qsizetype accepted = 0;
};

template<typename Step> Figure measure(qsizetype count, Step step)
{
    Figure figure;
    QElapsedTimer timer;
    timer.start();
    for (qsizetype i = 0; i < count; ++i)
        figure.accepted += step(i) ? 1 : 0;
    figure.nanoseconds = timer.nsecsElapsed();
    return figure;
}

void print(const char *what, qsizetype count, const Figure &figure)
{
    const double seconds = double(qMax<qint64>(figure.nanoseconds, 1)) / 1e9;
    std::printf("%-44s %9lld in %8.1f ms  %11.0f /s  %7.1f ns each\n", what,
                static_cast<long long>(count), seconds * 1e3, double(count) / seconds,
                seconds * 1e9 / double(qMax<qsizetype>(count, 1)));
}

bool expect(const char *what, qsizetype actual, qsizetype expected)
{
    if (actual == expected)
        return true;
    std::fprintf(stderr, "WRONG: %s: %lld accepted, expected %lld\n", what,
                 static_cast<long long>(actual), static_cast<long long>(expected));
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    const bool quick = argc > 1 && std::strcmp(argv[1], "--quick") == 0;
    const qsizetype count = quick ? 6000 : 1000000;
    bool correct = true;

    // Fixed seeds: the same inputs on every run, so figures are comparable.
    QRandomGenerator rng(1403);
    const QStringList ids = nationalIdInputs(count, rng);
    const QStringList phones = phoneInputs(count, rng);

    const Figure idFigure =
        measure(count, [&](qsizetype i) { return NationalId::parse(ids[i]).hasValue(); });
    print("national ID parse (mixed forms, 1/4 invalid)", count, idFigure);
    correct &= expect("national IDs", idFigure.accepted, count - count / 4);

    const QString tehran = QStringLiteral("021");
    const Figure phoneFigure = measure(
        count, [&](qsizetype i) { return PhoneNumber::parse(phones[i], tehran).hasValue(); });
    print("phone parse (mobile, landline, local)", count, phoneFigure);
    correct &= expect("phone numbers", phoneFigure.accepted, count);

    QRandomGenerator codeRng(7);
    const Figure codeFigure = measure(count, [&](qsizetype) {
        const TrackingCode code = TrackingCode::generate(codeRng);
        const auto parsed = TrackingCode::parse(code.displayForm());
        return parsed.hasValue() && parsed.value() == code;
    });
    print("tracking code generate+display+parse", count, codeFigure);
    correct &= expect("tracking codes", codeFigure.accepted, count);

    // Production draws from the operating system; this is what that costs.
    const qsizetype systemCount = count / 10;
    const Figure systemFigure = measure(systemCount, [&](qsizetype) {
        return TrackingCode::generate(*QRandomGenerator::system()).compact().size() == 9;
    });
    print("tracking code generate, system generator", systemCount, systemFigure);
    correct &= expect("system-generated codes", systemFigure.accepted, systemCount);

    return correct ? 0 : 1;
}
