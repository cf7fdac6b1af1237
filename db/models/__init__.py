"""SQLAlchemy models of the whole domain (docs/ARCHITECTURE.md §3); private to ``db``.

Code outside ``db`` never sees these classes: the area modules turn rows into plain
dataclasses.
"""

from db.models.base import Base, SyncedRecord, new_id, stable_id, utc_now, uuid7
from db.models.dues import DuesClosure, DuesMark, DuesSetting, DuesStatus, FundEntry, FundKind
from db.models.evaluations import Evaluation, EvaluationClass, EvaluationSet
from db.models.meetings import Attendance, AttendanceStatus, Meeting, MeetingKind
from db.models.members import Gender, Member, MemberKind, MemberStatus, MemberStatusEvent
from db.models.officers import (
    Employment,
    Post,
    Qualification,
    QualificationKind,
    Standard,
    Title,
    TrainingNeed,
)
from db.models.reports import ReportTemplate
from db.models.site import Account, AuditEvent, KnownIssuer, Site, SiteMode, SyncPeer
from db.models.trainings import (
    Certificate,
    Course,
    CourseMode,
    CourseStatus,
    CourseTopic,
    FundingLine,
    Participation,
    SessionAttendance,
    Target,
    Topic,
)
from db.models.transfers import (
    ArrivalAnswer,
    ArrivalDecision,
    ArrivalState,
    MemberArrival,
    MemberTransfer,
)
from db.models.units import Unit, UnitLevel, UnitPopulation

__all__ = [
    "Account",
    "ArrivalAnswer",
    "ArrivalDecision",
    "ArrivalState",
    "Attendance",
    "AttendanceStatus",
    "AuditEvent",
    "Base",
    "Certificate",
    "Course",
    "CourseMode",
    "CourseStatus",
    "CourseTopic",
    "DuesClosure",
    "DuesMark",
    "DuesSetting",
    "DuesStatus",
    "Employment",
    "Evaluation",
    "EvaluationClass",
    "EvaluationSet",
    "FundEntry",
    "FundKind",
    "FundingLine",
    "Gender",
    "KnownIssuer",
    "Meeting",
    "MeetingKind",
    "Member",
    "MemberArrival",
    "MemberKind",
    "MemberStatus",
    "MemberStatusEvent",
    "MemberTransfer",
    "Participation",
    "Post",
    "Qualification",
    "QualificationKind",
    "ReportTemplate",
    "SessionAttendance",
    "Site",
    "SiteMode",
    "Standard",
    "SyncPeer",
    "SyncedRecord",
    "Target",
    "Title",
    "Topic",
    "TrainingNeed",
    "Unit",
    "UnitLevel",
    "UnitPopulation",
    "new_id",
    "stable_id",
    "utc_now",
    "uuid7",
]
