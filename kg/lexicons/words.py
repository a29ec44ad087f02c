"""General word lists: family names, official titles, name suffixes.

These are general knowledge of Chinese governance vocabulary (title lists,
organisational suffixes), not names taken from any evaluation document.
"""
from __future__ import annotations

from dataclasses import dataclass
from importlib import resources


def _read_list(name: str) -> tuple[str, ...]:
    text = resources.files("kg.lexicons").joinpath(f"data/{name}").read_text(encoding="utf-8")
    return tuple(
        ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")
    )


# Level prefixes a bare body name starts with (市委 = the city's committee).
LEVEL_CHARS = "省市县区州盟旗镇乡"

# Bodies of a region, longest first so that 人大常委会 wins over 人大.
REGION_BODIES = (
    "人大常委会", "人民代表大会常务委员会", "人民政府", "政协", "人大", "纪委监委", "纪委", "监委",
    "委员会", "党委", "政府", "委", "法院", "人民法院", "检察院", "人民检察院", "公安局",
)

# Departments: a level char + one of these (市科技局, 区发改局, 省委办公厅).
DEPARTMENTS = (
    "委办公厅", "委办公室", "政府办公厅", "政府办公室", "委组织部", "委宣传部", "委统战部", "委政法委",
    "委政研室", "委党校", "委讲师团", "委网信办", "委编办", "政府党组", "人大常委会办公室",
    "发改委", "发展和改革委员会", "发展改革委", "发改局", "科技局", "科学技术局", "工信局", "工业和信息化局",
    "教育局", "教育厅", "公安局", "公安厅", "民政局", "民政厅", "司法局", "财政局", "财政厅",
    "人社局", "人力资源和社会保障局", "自然资源局", "生态环境局", "住建局", "住房和城乡建设局",
    "交通局", "交通运输局", "水利局", "农业农村局", "商务局", "文旅局", "文化和旅游局", "卫健委",
    "卫生健康委", "退役军人事务局", "应急管理局", "审计局", "国资委", "市场监管局", "市场监督管理局",
    "统计局", "医保局", "营商环境建设局", "营商局", "信访局", "城管局", "城市管理局", "税务局",
    "科技厅", "商务厅", "工信厅", "发改委", "政府信息中心", "政府督查室", "委督查室",
    "纪委", "监委", "委员会办公室", "大数据局", "行政审批局", "政务服务中心", "融媒体中心",
    "委组织部", "总工会", "团委", "妇联", "科协", "工商联", "文联", "残联",
)

# Official titles, longest first, as they precede names (市委书记赵某).
TITLES = (
    "总书记", "国家主席", "国务院总理", "总理", "副总理", "委员长", "常务副省长", "常务副市长",
    "常务副县长", "常务副区长", "省长", "副省长", "市长", "副市长", "县长", "副县长", "区长", "副区长",
    "镇长", "副镇长", "乡长", "副乡长", "州长", "盟长", "旗长", "主席", "副主席", "书记", "副书记",
    "党组书记", "党组成员", "常委", "委员", "秘书长", "副秘书长", "部长", "副部长", "厅长", "副厅长",
    "局长", "副局长", "处长", "副处长", "主任", "副主任", "组长", "副组长", "院长", "副院长",
    "校长", "副校长", "董事长", "总经理", "副总经理", "总裁", "经理", "厂长", "社长", "总编辑",
    "主编", "站长", "所长", "队长", "司令员", "政委", "检察长", "庭长", "会长", "理事长",
    "村支书", "支部书记", "第一书记", "指挥长", "调研员", "巡视员", "督导员", "教授", "研究员",
    "记者", "通讯员", "专家", "院士", "博士", "同志", "先生", "女士",
)

# Suffixes that make a named organisation (company, school, media...).
ORG_SUFFIXES = (
    "有限责任公司", "股份有限公司", "有限公司", "集团公司", "集团", "公司", "分公司", "厂",
    "大学", "学院", "中学", "小学", "学校", "研究院", "研究所", "研究中心", "医院", "银行",
    "报社", "日报", "晚报", "电视台", "广播电台", "网", "出版社", "协会", "学会", "基金会",
    "委员会", "办公室", "办公厅", "领导小组", "工作组", "督导组", "巡视组", "指挥部", "党校",
    "中心", "合作社", "商会", "联合会", "总工会", "党组",
)

# Campaign heads: what a named campaign ends with.
CAMPAIGN_SUFFIXES = (
    "大讨论活动", "大讨论", "专项行动", "三年行动", "攻坚行动", "行动计划", "主题教育活动", "主题教育",
    "学习教育", "实践活动", "主题活动", "专项整治", "专项斗争", "攻坚战", "大会战", "大调研",
    "大走访", "大排查", "大比武", "百日攻坚", "集中整治", "整治行动", "提升行动", "建设年活动",
    "建设年", "活动年", "攻坚年", "作风年", "行动年", "攻坚", "专项活动", "大行动", "大竞赛", "创建活动",
)

# Events: meetings and ceremonies end with these.
EVENT_SUFFIXES = (
    "全体会议", "全会", "代表大会", "工作会议", "座谈会", "推进会", "动员会", "部署会", "总结会议",
    "总结会", "交流会", "研讨会", "报告会", "现场会", "联席会议", "常委会会议", "常务会议",
    "专题会议", "调度会", "观摩会", "发布会", "论坛", "峰会", "博览会", "展览会", "交易会",
    "洽谈会", "运动会", "马拉松赛", "马拉松", "锦标赛", "联赛", "艺术节", "文化节", "旅游节",
    "音乐节", "民歌大会", "开工仪式", "奠基仪式", "签约仪式", "揭牌仪式", "启动仪式", "颁奖典礼",
    "开幕式", "闭幕式", "纪念大会", "表彰大会", "誓师大会", "会议", "大会", "讲堂", "大讲堂",
)

# Projects: named construction / industrial projects end with these.
PROJECT_SUFFIXES = (
    "产业链项目", "项目", "工程", "电站", "电厂", "高铁", "铁路", "高速公路", "高速", "机场", "港区", "港",
    "产业园区", "产业园", "工业园区", "工业园", "物流园", "科技园", "园区", "产业基地", "基地",
    "科技城", "新城", "小镇", "合作区", "示范区", "自贸区", "自由贸易试验区", "综合保税区", "保税区",
    "农谷", "廊带", "走廊", "商业街", "步行街", "综合体", "班列", "大桥", "隧道",
    "水库", "管道", "光伏", "风电场", "矿",
)

# Development zones that are Regions (guidelines: 开发区, 新区).
ZONE_SUFFIXES = (
    "高新技术产业开发区", "经济技术开发区", "经济开发区", "高新区", "经开区", "开发区", "新区",
)
ZONE_EXPANSIONS = {"高新区": "高新技术产业开发区", "经开区": "经济技术开发区"}

CHINESE_NUMERALS = "一二两三四五六七八九十百千万零〇"


@dataclass(frozen=True)
class Lexicons:
    surnames: frozenset[str]

    @classmethod
    def load(cls) -> "Lexicons":
        return cls(surnames=frozenset(_read_list("surnames.txt")))

    def has_surname(self, name: str) -> bool:
        return name[:1] in self.surnames or name[:2] in self.surnames
