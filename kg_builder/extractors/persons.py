"""Named officials and their role: "区委副书记、区长赵红兵", "签发人:王伟国", "联系人:王彪".

A person is a 2-3 character name of a common surname standing right after a
role (区长, 局长, 书记 ...; a chain joined by 、 is one role) or after a label
(签发人, 联系人, 起草人). Names listed after it with 、 share its role
(省委常委王某、郭某某、刘某). Editors of the web page (责任编辑) are not officials
of the document and are left out.
"""

from __future__ import annotations

import re
from typing import Iterator

from ..context import context_of
from ..model import Document, Fact, Mention, Provenance
from . import register

__all__ = ["persons", "find_persons"]

NAME = "persons"

_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施"
    "文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷"
    "盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷"
    "晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
)
_ROLE = (
    r"(?:[省市县区镇乡州]?党?委|[省市县区镇乡州]政府|[省市县区镇乡州]人大常委会|人大常委会|政协|司法局|党组|办公室|政府)?"
    r"(?:常务副|副)?(?:书记|省长|市长|州长|县长|区长|镇长|乡长|旗长|主任|局长|厅长|部长|主席|秘书长|委员|常委|组长|"
    r"处长|科长|所长|院长|检察长|庭长|主任委员)"
)
_ROLE_CHAIN = re.compile(r"(" + _ROLE + r"(?:、" + _ROLE + r")*)([" + _SURNAMES + r"][\u4e00-\u9fa5]{1,2})")
_ROLE_HIT = re.compile(r"(书记|长|主任|委员|常委|主席)(?=[" + _SURNAMES + r"])")
_LABEL = re.compile(r"(签发人|联系人|起草人|审核人|核稿人|拟稿人)\s*:\s*([" + _SURNAMES + r"][\u4e00-\u9fa5]{1,2})(?![\u4e00-\u9fa5])")
# What may follow a name (so that 赵红兵为组长 gives 赵红兵, not 赵红兵为).
_AFTER_NAME = re.compile(r"(为|任|同志|主持|出席|参加|陪同|讲话|发言|汇报|通报|宣读|指出|强调|要求|作|在|带队|率|一行|担任|代表|等|、|,|。|;|:|\)|\s|$)")


# A name further down a list: the whole item between 、 and what may follow a name, surname first.
_LISTED = re.compile(r"、([" + _SURNAMES + r"][\u4e00-\u9fa5]{1,2})")


def _name(text: str, start: int, candidate: str) -> str | None:
    for size in (3, 2):
        name = candidate[:size]
        if len(name) == size and _AFTER_NAME.match(text, start + size):
            return name
    return None


def find_persons(doc: Document) -> list[tuple[int, int, str, str]]:
    """(start, end, name, role) of every named official."""
    ctx = context_of(doc)
    text = ctx.text
    found = []
    # A label (签发人:) has its colon: no colon, no scan.
    for match in (_LABEL.finditer(text, 0, ctx.body_end) if ":" in text else ()):
        name = _name(text, match.start(2), match.group(2))
        if name:
            found.append((match.start(2), match.start(2) + len(name), name, match.group(1)))
    # Find where a role word meets a surname (fast), then read the role chain backwards.
    for hit in _ROLE_HIT.finditer(text, 0, ctx.body_end):
        match = _ROLE_CHAIN.search(text, max(0, hit.start() - 30), hit.end() + 3)
        while match is not None and match.end(1) < hit.end():
            match = _ROLE_CHAIN.search(text, match.end(1), hit.end() + 3)
        if match is None or match.end(1) != hit.end():
            continue
        name = _name(text, match.start(2), match.group(2))
        if name is None or re.search(r"(书记|长|任|员|席)$", name):
            continue
        found.append((match.start(2), match.start(2) + len(name), name, match.group(1)))
        found.extend(_listed_after(text, match.start(2) + len(name), match.group(1)))
    found.sort()
    return found


def _listed_after(text: str, end: int, role: str) -> Iterator[tuple[int, int, str, str]]:
    """The names listed after one that ends at end, each a whole item of the list."""
    while (listed := _LISTED.match(text, end)) is not None:
        start = listed.start(1)
        name = _name(text, start, listed.group(1))
        # an item that is no name (、市委常委…, 、高度重视) ends the list of names
        if name is None or re.search(r"(书记|长|任|员|席)$", name):
            return
        yield start, start + len(name), name, role
        end = start + len(name)


@register(NAME)
def persons(doc: Document) -> Iterator[Fact]:
    """namesPerson facts: each official once, with the role first given."""
    found = find_persons(doc)
    me = doc.mention() if found else None
    seen: set[str] = set()
    for start, end, name, role in found:
        if name in seen:
            continue
        seen.add(name)
        mention = Mention(text=doc.text[start:end], label="Person",
                          source=Provenance(doc.id, start, end, NAME), name=name, attrs=(("role", role),))
        yield Fact(me, "namesPerson", mention, mention.source)
