"""`harmledger stats` and `harmledger export`."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from ..cli import DbOption, JsonOption, fail
from ..link.grades import GRADES
from ..plugins import hookimpl
from .kinds import BREAKDOWNS, FORMATS, PERIODS

if TYPE_CHECKING:
    from .filters import IncidentFilter

FromOpt = Annotated[str | None, typer.Option("--from", help="First day (YYYY-MM-DD).")]
ToOpt = Annotated[str | None, typer.Option("--to", help="Last day (YYYY-MM-DD).")]
GovOpt = Annotated[list[str] | None, typer.Option("--governorate", help="Governorate name (any spelling) or P-code; repeatable.")]
WeaponOpt = Annotated[list[str] | None, typer.Option("--weapon", help="Weapon code; repeatable.")]
TargetOpt = Annotated[list[str] | None, typer.Option("--target", help="Target code; repeatable.")]
PerpOpt = Annotated[list[str] | None, typer.Option("--perpetrator", help="Actor code; repeatable.")]
GradeOpt = Annotated[list[str] | None, typer.Option("--grade", help=f"{', '.join(GRADES[:-1])} or {GRADES[-1]}; repeatable.")]
StatusOpt = Annotated[list[str] | None, typer.Option("--status", help="machine, reviewed or final; repeatable.")]
QOpt = Annotated[str | None, typer.Option("--q", help="Text to find in place names or source titles.")]


def _date(value: str | None, option: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise fail(f"{option} {value!r} is not a date; write it as YYYY-MM-DD") from None


def _filter(date_from: str | None, date_to: str | None, governorate: list[str] | None, weapon: list[str] | None,
            target: list[str] | None, perpetrator: list[str] | None, grade: list[str] | None,
            status: list[str] | None, q: str | None) -> IncidentFilter:
    from .filters import IncidentFilter

    return IncidentFilter(date_from=_date(date_from, "--from"), date_to=_date(date_to, "--to"),
                          admin1=governorate or [], weapon=weapon or [], target=target or [],
                          perpetrator=perpetrator or [], grade=grade or [], status=status or [], q=q)


TABLE_COLUMNS = ["key", "incidents", "killed_low", "killed_best", "killed_high", "civilians_killed", "children_killed",
                 "women_killed", "injured_best"]


def _table(title: str, rows: list[dict[str, Any]]) -> str:
    from .stats import LABELS

    cols = TABLE_COLUMNS
    heads = [LABELS.get(c, c) if c != "key" else "" for c in cols]
    widths = [max([len(h)] + [len(str(r.get(c, ""))) for r in rows]) for c, h in zip(cols, heads, strict=True)]
    lines = [title, "  ".join(h.ljust(w) for h, w in zip(heads, widths, strict=True))]
    for r in rows:
        lines.append("  ".join(str(r.get(c, "")).ljust(w) for c, w in zip(cols, widths, strict=True)))
    return "\n".join(lines)


def _since(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        since = dt.datetime.fromisoformat(value)
    except ValueError:
        raise fail(f"--since {value!r} is not a date or time; write YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS") from None
    if since.tzinfo is not None:
        since = since.astimezone(dt.UTC).replace(tzinfo=None)
    return since


@hookimpl
def register_commands(app: typer.Typer) -> None:
    @app.command()
    def stats(
        date_from: FromOpt = None, date_to: ToOpt = None, governorate: GovOpt = None, weapon: WeaponOpt = None,
        target: TargetOpt = None, perpetrator: PerpOpt = None, grade: GradeOpt = None, status: StatusOpt = None,
        q: QOpt = None,
        reviewed_only: Annotated[bool, typer.Option("--reviewed-only", help="Count only incidents an analyst has reviewed (status reviewed or final), leaving out unreviewed machine output.")] = False,
        by: Annotated[list[str] | None, typer.Option("--by", help=f"Breakdowns to show: {', '.join(BREAKDOWNS)} (or governorate, the same as admin1); repeatable.")] = None,
        period: Annotated[str, typer.Option("--period", help=f"Period of the time breakdown: {', '.join(PERIODS)}.")] = "month",
        as_json: JsonOption = False,
        db: DbOption = None,
    ) -> None:
        """Incidents, killed and injured, by period, governorate, weapon, perpetrator and target."""
        from ..store import open_store
        from .stats import compute_stats

        by = ["admin1" if name == "governorate" else name for name in by or []]  # the word README and users use
        for name in by:
            if name not in BREAKDOWNS:
                raise fail(f"--by {name!r} is not a breakdown; use one of {', '.join(BREAKDOWNS)}")
        flt = _filter(date_from, date_to, governorate, weapon, target, perpetrator, grade, status, q)
        store = open_store(db)
        with store.session() as session:
            result = compute_stats(session, flt, period=period, reviewed_only=reviewed_only)
        if as_json:
            typer.echo(json.dumps(result, indent=2, ensure_ascii=False))
            return
        t = result["totals"]
        unreviewed = "n/a" if t["unreviewed_share"] is None else f"{t['unreviewed_share']:.0%}"
        typer.echo(f"Totals: incidents {t['incidents']} ({t['unreviewed_incidents']} unreviewed, {unreviewed}"
                   + ("; reviewed incidents only" if result["reviewed_only"] else "") + ")")
        typer.echo(f"  killed (all) {t['killed_best']} (low {t['killed_low']}, high {t['killed_high']}); "
                   f"of whom civilians {t['civilians_killed']}, children {t['children_killed']}, "
                   f"women {t['women_killed']}")
        typer.echo(f"  injured {t['injured_best']} (low {t['injured_low']}, high {t['injured_high']})")
        typer.echo(f"Note: {result['killed_note']}.")
        if result["review_note"]:
            typer.echo(f"Note: {result['review_note']}; --reviewed-only counts the reviewed ones alone.")
        share = "n/a" if t["civilian_share"] is None else f"{t['civilian_share']:.1%}"
        child = "n/a" if t["children_share"] is None else f"{t['children_share']:.1%}"
        typer.echo(f"Civilians: {share} of the {t['victims_status_known']} killed whose status a source states; "
                   f"children: {child} of {t['victims_age_known']}. Places affected: {t['places_affected']}. "
                   f"Incidents without a toll: {t['incidents_without_toll']}. "
                   f"Aggregate claims (not counted): {result['claims']['aggregates']}.")
        for name in by or BREAKDOWNS:
            typer.echo("")
            typer.echo(_table(f"By {name}" + (f" ({period})" if name == "period" else ""), result[f"by_{name}"]))
            if name == "period":
                typer.echo(f"Rule: {result['period_rule']}.")

    @app.command()
    def report(
        output: Annotated[Path, typer.Option("--output", "-o", help="File to write: FILE.html (self-contained) or FILE.pdf (printed by Chromium).")],
        date_from: FromOpt = None, date_to: ToOpt = None, governorate: GovOpt = None, weapon: WeaponOpt = None,
        target: TargetOpt = None, perpetrator: PerpOpt = None, grade: GradeOpt = None, status: StatusOpt = None,
        q: QOpt = None,
        title: Annotated[str | None, typer.Option("--title", help="The report's title (default: Civilian harm report).")] = None,
        reviewed_only: Annotated[bool, typer.Option("--reviewed-only", help="Count only incidents an analyst has reviewed (status reviewed or final).")] = False,
        period: Annotated[str | None, typer.Option("--period", help=f"Period of the timeline: {', '.join(PERIODS)} (default: day for up to two months, month for up to ten years, else year).")] = None,
        cap: Annotated[int, typer.Option("--cap", min=1, help="Incidents listed in the report; over this, the deadliest are listed and all go to FILE.incidents.csv beside the report.")] = 500,
        include_restricted: Annotated[bool, typer.Option("--include-restricted", help="Also list sources marked restricted (left out by default: a report is made to be handed out).")] = False,
        chromium: Annotated[str | None, typer.Option("--chromium", help="The Chromium to print the PDF with (default: chromium on PATH).")] = None,
        db: DbOption = None,
    ) -> None:
        """A report as monitors publish them, one self-contained HTML file or its PDF: cover, headline figures
        (those of `harmledger stats`), breakdowns, timeline, map, incidents with their sources, aggregate claims
        and method. What it shows and how: docs/report.md."""
        from ..store import open_store
        from .report import ReportOptions, write_report

        flt = _filter(date_from, date_to, governorate, weapon, target, perpetrator, grade, status, q)
        options = ReportOptions(title=title, reviewed_only=reviewed_only, period=period, cap=cap,
                                public=not include_restricted)
        store = open_store(db)
        with store.session() as session:
            written = write_report(session, flt, output, options, chromium=chromium)
        extra = f"; all of them in {written.csv_path}" if written.csv_path else ""
        typer.echo(f"Wrote {written.path} ({written.incidents} incidents, {written.listed} listed{extra}).", err=True)

    @app.command()
    def export(
        fmt: Annotated[str, typer.Option("--format", help=f"One of {', '.join(FORMATS)}.")],
        output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write (default: stdout).")] = None,
        since: Annotated[str | None, typer.Option("--since", help="Only incidents changed since this date/time (UTC), plus those removed.")] = None,
        date_from: FromOpt = None, date_to: ToOpt = None, governorate: GovOpt = None, weapon: WeaponOpt = None,
        target: TargetOpt = None, perpetrator: PerpOpt = None, grade: GradeOpt = None, status: StatusOpt = None,
        q: QOpt = None,
        db: DbOption = None,
    ) -> None:
        """Export incidents with their sources: ACLED- or UCDP GED-style CSV, GeoJSON, JSON Lines or CSV."""
        from ..store import open_store
        from .exports import export_incidents, removed_since

        if fmt not in FORMATS:
            raise fail(f"--format {fmt!r} is not known; use one of {', '.join(FORMATS)}")
        flt = _filter(date_from, date_to, governorate, weapon, target, perpetrator, grade, status, q)
        when = _since(since)
        store = open_store(db)
        csv_like = fmt in ("acled", "ucdp", "csv")
        with store.session() as session:
            if output is None:
                n = export_incidents(session, fmt, sys.stdout, flt, when)  # type: ignore[arg-type]
                if when is not None and csv_like:
                    gone = len(removed_since(session, when))
                    if gone:
                        typer.echo(f"{gone} incidents were removed or merged since then; use --output FILE "
                                   "to get them in FILE.deleted.csv", err=True)
            else:
                deleted_path = output.with_name(output.stem + ".deleted.csv")
                with output.open("w", encoding="utf-8", newline="") as out:
                    if when is not None and csv_like:
                        with deleted_path.open("w", encoding="utf-8", newline="") as dout:
                            n = export_incidents(session, fmt, out, flt, when, deleted_out=dout)  # type: ignore[arg-type]
                    else:
                        n = export_incidents(session, fmt, out, flt, when)  # type: ignore[arg-type]
                extra = f" (removed ones in {deleted_path})" if when is not None and csv_like else ""
                typer.echo(f"Wrote {n} incidents to {output}{extra}.", err=True)
