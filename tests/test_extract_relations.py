"""Relation tables: (text, expected triple) written for these tests.

Every name is invented, or a real place from the division table; none comes
from the evaluation gold. A triple is (head canonical, predicate, tail
canonical); FOUND must be read from the text, ABSENT must not.
"""
from __future__ import annotations

import pytest

from kg.io import make_document
from kg.types import Predicate

LOC, CON, ATT, ISS, BAS, INV = (Predicate.LOCATED_IN, Predicate.CONDUCTS, Predicate.ATTENDED, Predicate.ISSUED_BY,
                                Predicate.BASED_ON, Predicate.INVESTS_IN)
JUR = Predicate.JURISDICTION


def triples(text, ctx, pipeline):
    ann = pipeline.run(make_document(text), ctx, on_error="raise")
    return {(r.head.canonical, r.predicate, r.tail.canonical) for r in ann.relations}, ann


# A press conference on a drive whose plan names its leads, and whose sub-drives are named again with their kind
_DRIVE_PLAN_LED = "临朐县“沂山红果”产销对接专项行动新闻发布会\n县政府办公室印发了《“沂山红果”产销对接专项行动工作方案》，由县农业农村局、县商务局共同牵头。专项行动下设冷链提质、直播带货、品牌推广三个子行动：冷链提质子行动由县农业农村局负责，直播带货子行动由县商务局负责。"
# A 攻坚年 plan whose numbered items open with drives of the same or a higher rank, led without 由
_PLAN_WITH_ITEMS = "临朐县人民政府办公室关于印发《临朐县2025年“产业提质攻坚年”实施方案》的通知\n临朐县2025年“产业提质攻坚年”实施方案\n二、重点任务\n（一）园区扩容专项行动。县工信局牵头，推进园区扩容。\n（二）要素保障专项行动。县自然资源局、县财政局按职责分工负责，保障用地。\n（三）“干部进园区”实践活动。全县干部联系企业。\n"


_SIBLING_DRIVES = "巫溪县“林果增收”三年行动推进会召开。会议明确，三年行动下设“苗木提质”“销路拓展”两个子行动。全县将推行“一园一策、一户一档”，实行“周调度、月通报”。"
_JOINED_DRIVE = "巫溪县深入开展“河湖清淤”专项行动。会议要求，把专项行动同“森林防火”百日攻坚行动结合起来，坚决守住底线。他要求，做到“三个到位”：一要责任到位，二要人员到位，三要物资到位。"
_DEPLOYED_DRIVE = "巫溪县召开会议。“百日攻坚”行动是巫溪县落实全市“营商提质攻坚年”部署的具体举措。县里实行“周碰头、月通报”。"

_JOINED_IN_SENTENCE = "巫溪县深入开展“勇毅前行”大讨论。要把大讨论与“营商提质攻坚年”活动结合起来，每季度开展一次“亮晒比”，检验大讨论成果。"
_LISTED_SUB_DRIVES = "巫溪县“解放思想”大讨论动员会召开。大讨论下设项目攻坚专项行动、营商提升专项行动和基层减负专项行动三个子行动，形成“1+3+N”推进体系。"

# (the figures sentence, repeated, puts the list more than a few sentences after the event)
_ATTENDING_LIST = ("巫溪县重点项目集中签约暨开工活动举行\n本报讯 3月5日上午，巫溪县重点项目集中签约暨开工活动在县经开区举行。"
                   "县委书记王建华出席并讲话。" + "项目总投资56亿元，涵盖新能源、新材料和现代物流等领域，预计年产值可达80亿元，带动就业3000余人。" * 4
                   + "\n县委常委、常务副县长张德明，县政协副主席高明等参加活动。")

_CHECKED_AGAINST = ("临朐县人民医院召开会议。今年3月以来，医院党委对照潍坊市卫生健康委印发的《潍坊市医疗卫生行业作风建设负面清单》"
                    "（潍卫发〔2024〕8号），制定了《临朐县人民医院清廉建设专项行动实施方案》，聚焦关键岗位。")

_HOSPITAL_REPORT = ("临朐县人民医院召开清廉建设推进会。临朐县卫生健康局局长王海涛、临朐县纪委监委派驻县卫生健康局纪检监察组组长李明到会指导，"
                    "临朐县人民医院党委书记张建国主持。会上，医院纪检监察室主任刘强通报了工作。今年3月以来，深入开展“廉洁行医”专项行动，"
                    "医务科、药剂科、设备科分别作表态发言。")

_HEADED_BY_A_DRIVE = ("临朐县人民医院召开“清廉医院”建设专项行动推进会。会上通报了专项行动开展情况。一是在全院开展“廉洁科室”创建活动；"
                      "二是以“行风提升”活动为抓手，开展“回扣”问题专项整治；三是同步开展“红包”问题专项整治。专项行动要常态长效。")

_OFFICES_PRINT_A_PLAN = ("临朐县召开“勇毅前行”大讨论动员会。会上，县委办、县政府办联合印发了《临朐县“勇毅前行”大讨论活动实施方案》"
                         "（临办发〔2024〕9号）。县委、县政府要求全县抓好落实。")

FOUND = [
    # a speaker of the meeting just reported who sets out what is to be done (某某就…提出要求)
    ("临朐县召开会议。临朐县乡村振兴工作推进会召开。会议指出，要抓好落实。鲍启明就做好下一步工作提出要求。",
     ("鲍启明", ATT, "临朐县乡村振兴工作推进会")),
    # the place holding a meeting, right before 召开, is where it is (not the report's county)
    ("临朐县召开会议。五井镇召开“三提三争”活动推进会。", ("三提三争活动推进会", LOC, "五井镇")),
    # the place investing right before the sum and 的 (某镇投资3.2亿元的X项目) is where X is
    ("临朐县召开会议。近日，五井镇投资3.2亿元的石门坊生态旅游综合开发项目正式开工。",
     ("石门坊生态旅游综合开发项目", LOC, "五井镇")),
    # a frame (作为X的重要内容， / 在X中，) before a drive launched with 了 (实施了Y)
    ("临朐县召开会议。作为“护林清源”专项行动的重要内容，冶源镇实施了“清山净水”集中整治。",
     ("清山净水集中整治", Predicate.PART_OF_CAMPAIGN, "护林清源专项行动")),
    ("临朐县召开会议。在“护林清源”专项行动中，冶源镇实施了“清山净水”集中整治。",
     ("清山净水集中整治", Predicate.PART_OF_CAMPAIGN, "护林清源专项行动")),
    # a project's investor or builder named as such after it (，投资方为 / 的建设单位为)
    ("临朐县召开会议。年产10万吨新型铝合金型材项目，投资方为山东华建铝业集团。",
     ("山东华建铝业集团", INV, "年产10万吨新型铝合金型材项目")),
    ("临朐县召开会议。年产10万吨新型铝合金型材项目的建设单位为山东华建铝业集团。",
     ("山东华建铝业集团", INV, "年产10万吨新型铝合金型材项目")),
    # a drive said to rest on a document (“某某”专项行动依据《Y》组织实施), the verb of basis after it
    ("临朐县召开会议。“清山净水”专项行动依据《临朐县生态环境保护规划》组织实施。",
     ("清山净水专项行动", BAS, "临朐县生态环境保护规划")),
    # an acting head (代县长) ends a chain like any level title; a rank before 调研员
    ("临朐县召开会议。县委副书记、代县长林茂生主持会议。", ("林茂生", Predicate.HOLDS_POST, "临朐县委")),
    ("临朐县召开会议。县农业农村局二级调研员郇广成参加。", ("郇广成", Predicate.HOLDS_POST, "临朐县农业农村局")),
    # a speaker of the meeting just reported (会议指出…。县委书记某某要求，…)
    ("临朐县召开会议。临朐县乡村振兴工作推进会召开。会议指出，要抓好落实。县委书记韩立朋要求，各级要压实责任。",
     ("韩立朋", ATT, "临朐县乡村振兴工作推进会")),
    # the body reporting on a drive's progress (听取某局关于X推进情况的报告) runs it
    ("临朐县召开会议。会议听取了县农业农村局关于乡村庭院美化提升三年行动实施情况的汇报。",
     ("临朐县农业农村局", CON, "乡村庭院美化提升三年行动")),
    # a drive framing the clause that launches another: 围绕X，… / 以X为统领，… / X期间，… / 在X框架下，…; Y作为X的重要组成部分
    ("临朐县召开会议。围绕“护林清源”专项行动，县里开展“清山净水”集中整治。",
     ("清山净水集中整治", Predicate.PART_OF_CAMPAIGN, "护林清源专项行动")),
    ("临朐县召开会议。以“护林清源”专项行动为统领，深入开展“清山净水”集中整治。",
     ("清山净水集中整治", Predicate.PART_OF_CAMPAIGN, "护林清源专项行动")),
    ("临朐县召开会议。“护林清源”专项行动期间，县里开展“清山净水”集中整治。",
     ("清山净水集中整治", Predicate.PART_OF_CAMPAIGN, "护林清源专项行动")),
    ("临朐县召开会议。在“护林清源”专项行动框架下，县里开展“清山净水”集中整治。",
     ("清山净水集中整治", Predicate.PART_OF_CAMPAIGN, "护林清源专项行动")),
    ("临朐县召开会议。“清山净水”集中整治作为“护林清源”专项行动的重要组成部分，由县林业局牵头。",
     ("清山净水集中整治", Predicate.PART_OF_CAMPAIGN, "护林清源专项行动")),
    # the title a body is named right before, though a longer title ends there too (某工商联党组|书记); 常务副部长
    ("临朐县召开会议。县委统战部部长、县工商联党组书记武子杰讲话。", ("武子杰", Predicate.HOLDS_POST, "临朐县工商联党组")),
    ("临朐县召开会议。县委宣传部常务副部长朱玉成参加。", ("朱玉成", Predicate.HOLDS_POST, "临朐县委宣传部")),
    # a list joined by 和 before the attendance verb; 对…进行了安排部署 is said at the meeting
    ("临朐县召开会议。临朐县乡村振兴工作推进会召开。县委常委吕高峰、鞠文斌和副县长谭晓燕在主会场参会。",
     ("鞠文斌", ATT, "临朐县乡村振兴工作推进会")),
    ("临朐县召开会议。临朐县乡村振兴工作推进会召开。县长林茂生对下一步工作进行了安排部署。",
     ("林茂生", ATT, "临朐县乡村振兴工作推进会")),
    # 出席X的有A、B: a list opened by those present, after the event's full name
    ("临朐县召开会议。出席临朐县2025年重点项目集中开工仪式的有林茂生、韩立朋。",
     ("韩立朋", ATT, "临朐县2025年重点项目集中开工仪式")),
    # a project's place joined by 的, set before it (在某街道，…) or in brackets after it, over the place its name opens with
    ("临朐县召开会议。东城街道的临朐智慧物流园项目已开工。", ("临朐智慧物流园项目", LOC, "东城街道")),
    # 某开发区与某公司签订投资协议，后者将投资…建设X: the zone that signed has the project; 在某镇共建X: that town
    ("潍坊市召开会议。签约环节，临朐经济开发区与山东鸿泰储能科技有限公司签订投资协议，后者将投资30亿元建设鸿泰储能电池系统集成项目。",
     ("鸿泰储能电池系统集成项目", LOC, "临朐经济开发区")),
    ("临朐县召开会议。双方将在五井镇共建蔬菜种苗繁育示范基地项目，计划总投资2.8亿元。", ("蔬菜种苗繁育示范基地项目", LOC, "五井镇")),
    ("临朐县召开会议。在东城街道，临朐智慧物流园项目建设正酣。", ("临朐智慧物流园项目", LOC, "东城街道")),
    # a clause set in a place (在某镇，… / 在某县分会场，…) sets the project built in it there
    ("临朐县召开会议。各分会场同时开工。在五井镇，山东清源新能源有限公司投资5.6亿元建设的清源光伏电站项目开工建设；"
     "在冶源镇分会场，由临朐华瑞文化发展有限公司投资建设的华瑞文创产业园二期项目当日竣工。",
     ("清源光伏电站项目", LOC, "五井镇")),
    ("临朐县召开会议。各分会场同时开工。在五井镇，山东清源新能源有限公司投资5.6亿元建设的清源光伏电站项目开工建设；"
     "在冶源镇分会场，由临朐华瑞文化发展有限公司投资建设的华瑞文创产业园二期项目当日竣工。",
     ("华瑞文创产业园二期项目", LOC, "冶源镇")),
    ("临朐县召开会议。临朐智慧物流园项目（位于东城街道）已开工。", ("临朐智慧物流园项目", LOC, "东城街道")),
    # the formulation a drive is named by belongs to that drive, though another drive is named before it
    ("临朐县召开会议。县里深入推进乡村振兴攻坚战，开展“3+6+X”攻坚行动。",
     ("3+6+X", Predicate.ASSOCIATED_WITH, "3+6+X攻坚行动")),
    # the text says one drive is part of another: 作为X的重要内容 / 在X中开展Y / Y是X的子行动 / 以Y为抓手推进X
    ("临朐县召开会议。作为“护林清源”专项行动的重要内容，县里同步开展“清山净水”集中整治。",
     ("清山净水集中整治", Predicate.PART_OF_CAMPAIGN, "护林清源专项行动")),
    ("临朐县召开会议。县里在“护林清源”专项行动中组织开展“清山净水”集中整治。",
     ("清山净水集中整治", Predicate.PART_OF_CAMPAIGN, "护林清源专项行动")),
    ("临朐县召开会议。“清山净水”集中整治是“护林清源”专项行动的子行动之一。",
     ("清山净水集中整治", Predicate.PART_OF_CAMPAIGN, "护林清源专项行动")),
    ("临朐县召开会议。县林业局以“清山净水”集中整治为抓手，深入推进“护林清源”专项行动。",
     ("清山净水集中整治", Predicate.PART_OF_CAMPAIGN, "护林清源专项行动")),
    # 为深入推进X，某局… / 在X中，某局…: the body opening the clause after the frame runs the drive
    ("临朐县召开会议。为深入推进“护林清源”专项行动，县林业局组织执法人员开展巡查。",
     ("临朐县林业局", CON, "护林清源专项行动")),
    ("临朐县召开会议。在“护林清源”专项行动中，县林业局共查处案件12起。", ("临朐县林业局", CON, "护林清源专项行动")),
    # 我市实施“甲”实践活动。全市各部门…积极开展“乙”“丙”等专项行动: what the units carry out are the drive's parts
    ("今年以来，我市深入实施“实干兴县、奋斗有我”实践活动。全市各部门、各战线积极开展“千名干部访万企”“岗位建功树标杆”等专项行动，广大党员干部深入企业一线。", ("岗位建功树标杆专项行动", Predicate.PART_OF_CAMPAIGN, "实干兴县、奋斗有我实践活动")),
    # 全市某某推进会在某县召开 (the headline): what is to be run, the city runs, not the county hosting the meeting
    ("全市核桃产业高质量发展现场推进会在平山召开\n本报讯 9月14日，石家庄市核桃产业高质量发展现场推进会在平山县召开。市委副书记祁振东出席会议并讲话。\n会议强调，要深入开展核桃“病虫害清零”专项整治，做好防灾工作。平山县交流发言。平山县作了介绍。", ("石家庄市", CON, "核桃病虫害清零专项整治")),
    # 深化X活动，县某某牵头: the body right before 牵头 leads it, with no 由
    ("隆化县人民政府办公室关于印发《隆化县农村环境整治实施方案》的通知\n各乡镇人民政府：\n　　现印发给你们，请认真贯彻落实。\n"
     "隆化县农村环境整治实施方案\n　　（三）提升村容村貌。深化“净水入户”创建活动，县残联牵头，每年评选示范户。",
     ("隆化县残联", CON, "净水入户创建活动")),
    # 县长某某: the title names the county's government, when the report names that body
    ("隆化县召开会议。县委书记李建国、县长贺振涛出席。隆化县人民政府承办。",
     ("贺振涛", Predicate.HOLDS_POST, "隆化县政府")),
    # a drive named only in a document's title, or launched alongside (同步开展), is not the formulation's drive
    ("温塘镇“古镇焕新”攻坚行动推进有力\n今年以来，温塘镇深入推进“古镇焕新”攻坚行动。县委、县政府印发《隆化县茶旅融合三年行动方案》后，镇党委决定集中攻坚，推动“一村一韵、一户一画”。", ("一村一韵、一户一画", Predicate.ASSOCIATED_WITH, "古镇焕新攻坚行动")),
    ("隆化县“执法暖企”专项行动成效明显\n隆化县深入开展“执法暖企”专项行动。\n推行“首错免罚”清单制度，同步开展涉企乱摊派专项整治。", ("首错免罚", Predicate.ASSOCIATED_WITH, "执法暖企专项行动")),
    # a paragraph's formulation after sub-drives listed side by side belongs to their drive; a drive joined to
    # the one spoken of (同…结合起来), or another body's drive carried out (落实…部署), is not its drive
    (_SIBLING_DRIVES, ("一园一策、一户一档", Predicate.ASSOCIATED_WITH, "林果增收三年行动")),
    (_JOINED_DRIVE, ("三个到位", Predicate.ASSOCIATED_WITH, "河湖清淤专项行动")),
    (_DEPLOYED_DRIVE, ("周碰头、月通报", Predicate.ASSOCIATED_WITH, "百日攻坚行动")),
    (_JOINED_IN_SENTENCE, ("亮晒比", Predicate.ASSOCIATED_WITH, "勇毅前行大讨论")),
    (_LISTED_SUB_DRIVES, ("1+3+N", Predicate.ASSOCIATED_WITH, "解放思想大讨论")),
    # a list of those present runs up to 参加 whatever tag the tokenizer gives a name in it (高明/a)
    (_ATTENDING_LIST, ("张德明", Predicate.ATTENDED, "巫溪县重点项目集中签约暨开工活动")),
    # 甲公司将与乙公司共同投资…建设X; X项目总投资…，投资方为某公司; 某公司与某政府签约，投资…在某镇建设X
    ("在某镇，临朐草原乳业有限公司将与北京禾丰食品有限公司共同投资8.6亿元，建设年加工30万只肉羊及冷链仓储项目。",
     ("临朐草原乳业有限公司", INV, "年加工30万只肉羊及冷链仓储项目")),
    ("位于某镇的临朐公铁联运物流园项目总投资5.2亿元，投资方为中联运通物流（山东）有限公司。",
     ("中联运通物流(山东)有限公司", INV, "公铁联运物流园项目")),
    ("临朐瑞丰智能装备有限公司与临朐县政府签约，投资9.5亿元在某镇建设瑞丰新能源汽车电驱系统生产基地。",
     ("临朐瑞丰智能装备有限公司", INV, "瑞丰新能源汽车电驱系统生产基地")),
    # 某合作社负责实施的X项目, 该项目由某村股份经济合作社组织实施: a cooperative builds it
    ("临朐县东岭村股份经济合作社负责实施的油茶文化研学基地项目完成投资800万元。",
     ("临朐县东岭村股份经济合作社", INV, "油茶文化研学基地项目")),
    ("推动晓岭村菊花精深加工项目落地，该项目由晓岭村股份经济合作社组织实施，年可加工菊花30吨。",
     ("晓岭村股份经济合作社", INV, "晓岭村菊花精深加工项目")),
    # 对照某委印发的《甲》，制定了《乙》: 乙 acts on 甲, and its maker is the subject, not 甲's issuer
    (_CHECKED_AGAINST, ("临朐县人民医院清廉建设专项行动实施方案", BAS, "潍坊市医疗卫生行业作风建设负面清单")),
    (_CHECKED_AGAINST, ("临朐县人民医院清廉建设专项行动实施方案", ISS, "临朐县人民医院党委")),
    # a report about one hospital, named with its committee and departments more often than its county: the
    # hospital runs what is run without naming who
    (_HOSPITAL_REPORT, ("临朐县人民医院", CON, "廉洁行医专项行动")),
    # a report headed by one drive named more often than any other: the drives it launches are its parts,
    # not one run alongside (同步开展)
    (_HEADED_BY_A_DRIVE, ("廉洁科室创建活动", Predicate.PART_OF_CAMPAIGN, "清廉医院建设专项行动")),
    # 甲、乙递补为某委委员: each name listed before the verb holds the post
    ("全会审议通过了递补市委委员名单，王立新、李晓红递补为中共潍坊市第十四届委员会委员。",
     ("王立新", Predicate.HOLDS_POST, "潍坊市委")),
    # offices printing a drive's plan (县委办、县政府办) do so for their committee and government
    (_OFFICES_PRINT_A_PLAN, ("临朐县委", CON, "勇毅前行大讨论")),
    # 落实《Y》部署 acts on Y: the drive after it, the drive taken up as the sentence's lever, or the plan then made
    ("为落实县委、县政府《临朐县蜜桃产业高质量发展三年行动方案》部署，寺头镇以“桃香寺头”提质攻坚行动为抓手，集中推进蜜桃种植。",
     ("桃香寺头提质攻坚行动", BAS, "临朐县蜜桃产业高质量发展三年行动方案")),
    ("今年以来，临朐县寺头镇以“富民兴村”产业攻坚行动（以下简称攻坚行动）为抓手，按照县委、县政府《临朐县林果产业振兴三年行动方案》部署，聚焦3个重点村。",
     ("富民兴村产业攻坚行动", BAS, "临朐县林果产业振兴三年行动方案")),
    ("为落实《潍坊市蔬菜产业三年行动方案》部署，市政府办公室近日印发了《“菜篮潍坊”产销对接专项行动工作方案》。",
     ("菜篮潍坊产销对接专项行动工作方案", BAS, "潍坊市蔬菜产业三年行动方案")),
    # 仪式上，某某与…签订: the first to act in a sentence opened by the event is at it
    ("巫溪县重点项目集中签约仪式举行。仪式上，县投资促进中心主任王丽华与各企业代表分别签订了投资协议。",
     ("王丽华", Predicate.ATTENDED, "巫溪县重点项目集中签约仪式")),
    # 下设两个专项行动。A专项行动由…牵头。B专项行动…: the drives opening the sentences after the cue are its parts
    ("隆化县召开“工业倍增”百日会战动员大会。百日会战下设两个专项行动。厂房盘活专项行动由县发改局牵头，重点推进项目。"
     "乡贤引商专项行动由县商务局牵头。", ("乡贤引商专项行动", Predicate.PART_OF_CAMPAIGN, "工业倍增百日会战")),
    # a transcript: its header's host and speakers (主持人：, 发布人： and the lines under it) and those who speak
    ("平山县核桃产业三年行动新闻发布会实录\n主持人：县委宣传部副部长 吴雅琴\n发布人：县农业农村局局长 郑国栋\n　　　　温塘镇镇长 冯立军\n\n吴雅琴：欢迎各位。\n",
     ("冯立军", ATT, "平山县核桃产业三年行动新闻发布会")),
    ("平山县核桃产业三年行动新闻发布会实录\n主持人：县委宣传部副部长 吴雅琴\n发布人：县农业农村局局长 郑国栋\n　　　　温塘镇镇长 冯立军\n\n吴雅琴：欢迎各位。\n",
     ("吴雅琴", ATT, "平山县核桃产业三年行动新闻发布会")),
    # a role with nothing after it (发布人：) heads the lines under it, each a post and a name
    ("平山县核桃产业三年行动新闻发布会实录\n主持人：县委宣传部副部长　吴雅琴\n发布人：\n县农业农村局局长　郑国栋\n温塘镇镇长　冯立军\n\n【吴雅琴】欢迎各位。\n",
     ("冯立军", ATT, "平山县核桃产业三年行动新闻发布会")),
    # 该项目由某公司投资建设 right after the project's sentence; a public body 组织实施 its project
    ("今年重点建设核桃良种创新中心项目。该项目由平山县绿岭农业科技有限公司投资建设。",
     ("平山县绿岭农业科技有限公司", INV, "核桃良种创新中心项目")),
    ("平山县温塘镇温泉河生态廊道项目由温塘镇人民政府组织实施，年底前建成。",
     ("温塘镇政府", INV, "平山县温塘镇温泉河生态廊道项目")),
    # a roll of posts and names whose last clause attends: all of it attends (a guard: read by the verb rule)
    ("平山县十八届人大常委会第九次会议召开。县人大常委会主任赵德明主持会议，副主任钱立新、孙志强，秘书长李文华出席会议。",
     ("钱立新", ATT, "平山县十八届人大常委会第九次会议")),
    ("平山县十八届人大常委会第九次会议召开。县人大常委会主任赵德明主持会议，副主任钱立新、孙志强，秘书长李文华出席会议。",
     ("孙志强", ATT, "平山县十八届人大常委会第九次会议")),
    # a region's own bodies serve it (jurisdiction), written out or bare
    ("中共丹凤县委、丹凤县人民政府印发方案。丹凤县农业农村局负责落实。", ("丹凤县委", JUR, "丹凤县")),
    ("中共丹凤县委、丹凤县人民政府印发方案。丹凤县农业农村局负责落实。", ("丹凤县政府", JUR, "丹凤县")),
    ("中共丹凤县委、丹凤县人民政府印发方案。丹凤县农业农村局负责落实。", ("丹凤县农业农村局", JUR, "丹凤县")),
    ("隆化县召开会议。县委书记主持，县政府、县发展改革局负责人参加。", ("隆化县发展改革局", JUR, "隆化县")),
    # a company named after its county lies there
    ("丹凤县三川果业有限公司扩建冷库。", ("丹凤县三川果业有限公司", LOC, "丹凤县")),
    # 某县把X作为…抓手: the one taking the drive up runs it
    ("平山县把“清廉村居”建设行动作为全面从严治党的重要抓手。", ("平山县", CON, "清廉村居建设行动")),
    # 某委联合县某局开展…: two bodies, and both run the drive
    ("平山县纪委监委联合县市场监管局开展食品安全专项整治。", ("平山县纪委监委", CON, "食品安全专项整治")),
    ("平山县纪委监委联合县市场监管局开展食品安全专项整治。", ("平山县市场监管局", CON, "食品安全专项整治")),
    # 市委副书记、政法委书记某某: the committee's own commission, as after 市委常委、
    ("邯郸市召开会议。市委副书记、政法委书记马林主持。", ("马林", Predicate.HOLDS_POST, "邯郸市委政法委")),
    # 某委党组书记、主任某某: the party group's secretary and the commission's director
    ("邯郸市召开会议。市发展改革委党组书记、主任吴刚发言。市发展改革委负责落实。", ("吴刚", Predicate.HOLDS_POST, "邯郸市发展改革委党组")),
    ("邯郸市召开会议。市发展改革委党组书记、主任吴刚发言。市发展改革委负责落实。", ("吴刚", Predicate.HOLDS_POST, "邯郸市发展改革委")),
    # a bureau's report about itself: the bare 局党组 is its party group, and what it sets up (下设) it runs
    ("中共平山县水利局党组关于整改进展情况的通报\n整改工作与群众身边不正之风和腐败问题集中整治（以下简称集中整治）统筹推进，局党组在集中整治中下设“水费清源”子行动。局党组制定《平山县水利局整改工作方案》。", ("平山县水利局党组", CON, "水费清源子行动")),
    # 一是以A专项行动…；二是以B行动…；三是以C攻坚行动…: the later items' drives are parts of the first one's parent
    ("平山县召开全会。2025年，全县要以中药材产业“扩面提效”三年行动为总抓手，重点抓好三项工作：一是以“种苗培育”专项行动推动基地建设；二是以“品牌打造”行动扩大影响力；三是以“园区提级”攻坚行动推进标准化改造。", ("品牌打造行动", Predicate.PART_OF_CAMPAIGN, "中药材产业扩面提效三年行动")),
    ("平山县召开全会。2025年，全县要以中药材产业“扩面提效”三年行动为总抓手，重点抓好三项工作：一是以“种苗培育”专项行动推动基地建设；二是以“品牌打造”行动扩大影响力；三是以“园区提级”攻坚行动推进标准化改造。", ("园区提级攻坚行动", Predicate.PART_OF_CAMPAIGN, "中药材产业扩面提效三年行动")),
    # 把任务细化为“甲”“乙”两个专项行动 with no drive named there: parts of the drive the document is about
    ("平山县温塘镇启动“山乡焕彩”百日攻坚行动（以下简称百日攻坚）。\n问：百日攻坚具体干什么？\n答：我们把任务细化为“古村活化”“民宿提档”两个专项行动。镇里计划用100天时间集中攻坚。", ("民宿提档", Predicate.PART_OF_CAMPAIGN, "山乡焕彩百日攻坚行动")),
    # 某县某镇投资5亿元建设X: the town investing is where X is built
    ("平山县温塘镇投资5亿元建设温泉康养综合体。", ("温泉康养综合体", LOC, "温塘镇")),
    # a bureau's own report: 局党组书记/局党组成员 are posts of its party group; a 巡察组 is a body
    ("中共平山县水利局党组关于整改进展情况的通报\n6月18日，县委第三巡察组组长郑国维向局党组反馈了巡察意见。\n局党组书记、局长于德林同志履行第一责任人责任。局党组成员、副局长邱晓红同志负责日常调度。", ("于德林", Predicate.HOLDS_POST, "平山县水利局党组")),
    ("中共平山县水利局党组关于整改进展情况的通报\n6月18日，县委第三巡察组组长郑国维向局党组反馈了巡察意见。\n局党组书记、局长于德林同志履行第一责任人责任。局党组成员、副局长邱晓红同志负责日常调度。", ("邱晓红", Predicate.HOLDS_POST, "平山县水利局党组")),
    ("中共平山县水利局党组关于整改进展情况的通报\n6月18日，县委第三巡察组组长郑国维向局党组反馈了巡察意见。\n局党组书记、局长于德林同志履行第一责任人责任。局党组成员、副局长邱晓红同志负责日常调度。", ("郑国维", Predicate.HOLDS_POST, "平山县委第三巡察组")),
    # 合资建设的 gives both partners; a place after 项目选址 or in 在某地签约 is the project's
    ("保定市召开签约仪式。北方远航海运有限公司与河北冀港物流有限公司合资建设的冷链仓储中心项目位于竞秀区，总投资12亿元。河北瑞丰新材料有限公司投资建设的镁基材料产业园项目（总投资30亿元）在涞水县签约。京北精工机械有限公司与保定经济开发区管委会签约液压件生产基地项目，总投资8.6亿元，项目选址徐水区。", ("北方远航海运有限公司", INV, "冷链仓储中心项目")),
    ("保定市召开签约仪式。北方远航海运有限公司与河北冀港物流有限公司合资建设的冷链仓储中心项目位于竞秀区，总投资12亿元。河北瑞丰新材料有限公司投资建设的镁基材料产业园项目（总投资30亿元）在涞水县签约。京北精工机械有限公司与保定经济开发区管委会签约液压件生产基地项目，总投资8.6亿元，项目选址徐水区。", ("镁基材料产业园项目", LOC, "涞水县")),
    ("保定市召开签约仪式。北方远航海运有限公司与河北冀港物流有限公司合资建设的冷链仓储中心项目位于竞秀区，总投资12亿元。河北瑞丰新材料有限公司投资建设的镁基材料产业园项目（总投资30亿元）在涞水县签约。京北精工机械有限公司与保定经济开发区管委会签约液压件生产基地项目，总投资8.6亿元，项目选址徐水区。", ("液压件生产基地项目", LOC, "徐水区")),
    # 某公司与某管委会签约X项目: the company invests; 由某公司投资建设 after two clauses of the project
    ("平山县招商引资签约仪式举行。仪式上，德国赫尔曼精密机械有限公司与平山经济开发区管委会签约精密轴承生产基地项目，总投资8.6亿元。", ("德国赫尔曼精密机械有限公司", INV, "精密轴承生产基地项目")),
    ("平山县印发方案。滹沱河冷链物流园项目位于温塘镇，总投资26亿元，由河北冀运供应链集团有限公司投资建设。", ("河北冀运供应链集团有限公司", INV, "滹沱河冷链物流园项目")),
    # an autonomous county called by its short name and 自治县 (某某自治县委书记)
    ("乐山市召开观摩会。峨边自治县委书记杜明远表示，峨边依托大渡河资源打造研学品牌。马边自治县委书记罗洪亮说，马边茶产业发展迅速。", ("杜明远", Predicate.HOLDS_POST, "峨边彝族自治县委")),
    ("乐山市召开观摩会。峨边自治县委书记杜明远表示，峨边依托大渡河资源打造研学品牌。马边自治县委书记罗洪亮说，马边茶产业发展迅速。", ("罗洪亮", Predicate.HOLDS_POST, "马边彝族自治县委")),
    # 在主席台前排就座; a list closed by 等某某领导 before 到会; 作题为“…”的发言; 围绕…作发言
    ("政协平山县第九届委员会第三次会议开幕\n2月17日上午，政协平山县第九届委员会第三次会议在县会议中心开幕。县政协主席高文杰，副主席夏晓梅、卢永刚，秘书长毕立新在主席台前排就座。县委书记郝振宇，县委副书记、县长纪云飞等县四套班子领导到会祝贺。县政协常委戴玉芬代表民建平山县基层委员会作题为“做强特色产业”的发言。县政协委员宫伟强围绕医共体建设作发言。", ("卢永刚", ATT, "政协平山县第九届委员会第三次会议")),
    ("政协平山县第九届委员会第三次会议开幕\n2月17日上午，政协平山县第九届委员会第三次会议在县会议中心开幕。县政协主席高文杰，副主席夏晓梅、卢永刚，秘书长毕立新在主席台前排就座。县委书记郝振宇，县委副书记、县长纪云飞等县四套班子领导到会祝贺。县政协常委戴玉芬代表民建平山县基层委员会作题为“做强特色产业”的发言。县政协委员宫伟强围绕医共体建设作发言。", ("纪云飞", ATT, "政协平山县第九届委员会第三次会议")),
    ("政协平山县第九届委员会第三次会议开幕\n2月17日上午，政协平山县第九届委员会第三次会议在县会议中心开幕。县政协主席高文杰，副主席夏晓梅、卢永刚，秘书长毕立新在主席台前排就座。县委书记郝振宇，县委副书记、县长纪云飞等县四套班子领导到会祝贺。县政协常委戴玉芬代表民建平山县基层委员会作题为“做强特色产业”的发言。县政协委员宫伟强围绕医共体建设作发言。", ("戴玉芬", ATT, "政协平山县第九届委员会第三次会议")),
    ("政协平山县第九届委员会第三次会议开幕\n2月17日上午，政协平山县第九届委员会第三次会议在县会议中心开幕。县政协主席高文杰，副主席夏晓梅、卢永刚，秘书长毕立新在主席台前排就座。县委书记郝振宇，县委副书记、县长纪云飞等县四套班子领导到会祝贺。县政协常委戴玉芬代表民建平山县基层委员会作题为“做强特色产业”的发言。县政协委员宫伟强围绕医共体建设作发言。", ("宫伟强", ATT, "政协平山县第九届委员会第三次会议")),
    # the drives counted after 细化为/下设 (“甲”“乙”三个专项行动, “甲”子行动和“乙”子行动) are parts of the drive before
    ("平山县开展“山乡焕彩”百日攻坚行动（以下简称百日攻坚）。我们把百日攻坚细化为“古村活化”“民宿提档”“老街新生”三个专项行动。", ("老街新生", Predicate.PART_OF_CAMPAIGN, "山乡焕彩百日攻坚行动")),
    ("全市开展“数字赋农”三年行动。三年行动下设“电商兴农”子行动和“好品出山”推广子行动。", ("好品出山推广子行动", Predicate.PART_OF_CAMPAIGN, "数字赋农三年行动")),
    ("县政协以“书香满城”活动为抓手，下设“乡贤回归”和“技能培优”两个专项行动。", ("技能培优", Predicate.PART_OF_CAMPAIGN, "书香满城活动")),
    # 部署开展 is the verb, not whose plan is carried out: the body named before it runs the drive
    ("平山县纪委监委部署开展群众身边不正之风专项整治。", ("平山县纪委监委", CON, "群众身边不正之风专项整治")),
    # who holds a drive's meeting (召开某某大讨论动员大会, 某县某某推进会召开) runs the drive
    ("3月5日，平山县委召开“担当作为”大讨论动员大会。", ("平山县", CON, "担当作为大讨论")),
    ("3月5日，平山县委召开“担当作为”大讨论动员大会。", ("平山县委", CON, "担当作为大讨论")),
    ("3月5日，平山县“担当作为”大讨论动员大会召开。", ("平山县", CON, "担当作为大讨论")),
    # a meeting adopting (审议通过) a title that names its body adopts that body's document
    ("平山县委召开全会。全会听取和讨论了郝振宇受县委常委会委托所作的工作报告，审议通过了《中共平山县委关于实施县域经济跃升行动的决定》。", ("中共平山县委关于实施县域经济跃升行动的决定", ISS, "平山县委")),
    # a court's titles (审判员) after 任命某某为
    ("巫山县人大常委会举行会议。会议决定任命李文博为县发展和改革委员会主任，任命王建军为县人民法院审判员。",
     ("王建军", Predicate.HOLDS_POST, "巫山县法院")),
    # a loose formulation in a report about one drive (named twice, or in the headline) belongs to it
    ("巫山县召开会议\n会议部署黄河滩区“净滩”专项行动。\n会议指出，要紧扣“双轮驱动”布局，建立问题、责任、整改“四张清单”。专项行动要逐项销号。", ("双轮驱动", Predicate.ASSOCIATED_WITH, "黄河滩区净滩专项行动")),
    # X专项整治，由某委牵头: that body runs X
    ("隆化县开展作风建设年活动。四是开展违规收送礼金问题专项整治，由县纪委监委牵头，对礼金往来逐笔核查。",
     ("隆化县纪委监委", CON, "违规收送礼金问题专项整治")),
    # a project spanning the places listed (涉及甲镇、乙镇) lies in each of them
    ("隆化县召开会议。由燕山碧泉水务集团有限公司投资建设的滦河支流水系连通工程，总投资4.6亿元，涉及隆化县张三营镇、中关镇、韩麻营镇。",
     ("滦河支流水系连通工程", LOC, "中关镇")),
    ("隆化县召开会议。由燕山碧泉水务集团有限公司投资建设的滦河支流水系连通工程，总投资4.6亿元，涉及隆化县张三营镇、中关镇、韩麻营镇。",
     ("滦河支流水系连通工程", LOC, "韩麻营镇")),
    # 在某镇建设某县某某中心: the town refines the county the name opens with
    ("隆化县召开推进会。北方益康食品集团有限公司投资5.6亿元，在中关镇建设隆化肉牛数字化加工中心。",
     ("隆化肉牛数字化加工中心", LOC, "中关镇")),
    # a zone named again by its own name and a shorter head (某某经济开发区 … 某某开发区) is the one zone
    ("9月6日，隆化县招商推介会在河北润泽经济开发区举行。北京华光储能集团投资12亿元，在润泽开发区建设源网荷储示范项目。",
     ("源网荷储示范项目", LOC, "河北润泽经济开发区")),
    ("隆化县召开会议。由隆化县交通投资集团负责建设的张三营镇自来水厂扩容改造项目，总投资1.2亿元。", ("隆化县交通投资集团", INV, "张三营镇自来水厂扩容改造项目")),
    # 作了具体部署 is said of a speaker
    ("5月8日，隆化县作风建设大会召开。县委副书记、县长李国华作了具体部署。", ("李国华", ATT, "隆化县作风建设大会")),
    # those who witness the signing (见证签约) and present the county (推介) are at the ceremony
    ("11月6日，琼中县2024年重点项目集中签约仪式在营根镇举行。县委书记邓国梁出席并致辞，县委副书记、县长苏晓岚推介琼中投资环境，县委常委、常务副县长何建军主持签约仪式。省商务厅副厅长韦丽萍，县委常委、统战部部长莫振东，副县长覃海波等见证签约。", ("覃海波", ATT, "琼中县2024年重点项目集中签约仪式")),
    ("11月6日，琼中县2024年重点项目集中签约仪式在营根镇举行。县委书记邓国梁出席并致辞，县委副书记、县长苏晓岚推介琼中投资环境，县委常委、常务副县长何建军主持签约仪式。省商务厅副厅长韦丽萍，县委常委、统战部部长莫振东，副县长覃海波等见证签约。", ("韦丽萍", ATT, "琼中县2024年重点项目集中签约仪式")),
    ("11月6日，琼中县2024年重点项目集中签约仪式在营根镇举行。县委书记邓国梁出席并致辞，县委副书记、县长苏晓岚推介琼中投资环境，县委常委、常务副县长何建军主持签约仪式。省商务厅副厅长韦丽萍，县委常委、统战部部长莫振东，副县长覃海波等见证签约。", ("苏晓岚", ATT, "琼中县2024年重点项目集中签约仪式")),
    # the roll of a body named with its head: 主任甲主持会议，副主任乙、丙、丁，秘书长戊
    ("巫山县十七届人大常委会举行第九次会议。县人大常委会主任侯志远主持会议，副主任方玉兰、钟立伟、曹德明，秘书长宁小娟出席会议。县政府副县长汪涛列席。", ("方玉兰", Predicate.HOLDS_POST, "巫山县人大常委会")),
    ("巫山县十七届人大常委会举行第九次会议。县人大常委会主任侯志远主持会议，副主任方玉兰、钟立伟、曹德明，秘书长宁小娟出席会议。县政府副县长汪涛列席。", ("曹德明", Predicate.HOLDS_POST, "巫山县人大常委会")),
    ("巫山县十七届人大常委会举行第九次会议。县人大常委会主任侯志远主持会议，副主任方玉兰、钟立伟、曹德明，秘书长宁小娟出席会议。县政府副县长汪涛列席。", ("宁小娟", Predicate.HOLDS_POST, "巫山县人大常委会")),
    # 下设N个子行动： and the drives listed after it, each with the lead unit its item names (牵头单位为)
    ("忻州市全市开展碧水守护专项行动。专项行动下设三个子行动：排口溯源子行动，牵头单位为市生态环境局，责任单位为各县区政府；农膜回收子行动，牵头单位为市农业农村局，市供销社配合；堤坝“清患”整治子行动，牵头单位为市水利局。", ("堤坝清患整治子行动", Predicate.PART_OF_CAMPAIGN, "碧水守护专项行动")),
    ("忻州市全市开展碧水守护专项行动。专项行动下设三个子行动：排口溯源子行动，牵头单位为市生态环境局，责任单位为各县区政府；农膜回收子行动，牵头单位为市农业农村局，市供销社配合；堤坝“清患”整治子行动，牵头单位为市水利局。", ("农膜回收子行动", Predicate.PART_OF_CAMPAIGN, "碧水守护专项行动")),
    ("忻州市全市开展碧水守护专项行动。专项行动下设三个子行动：排口溯源子行动，牵头单位为市生态环境局，责任单位为各县区政府；农膜回收子行动，牵头单位为市农业农村局，市供销社配合；堤坝“清患”整治子行动，牵头单位为市水利局。", ("忻州市农业农村局", CON, "农膜回收子行动")),
    # 活动下设…: the drive of that kind named before is the parent
    ("围场满族蒙古族自治县开展“效能攻坚年”活动。活动下设三个专项整治：“冷硬横推”问题专项整治由县纪委监委牵头，“多头跑”专项整治由县委组织部牵头，政务大厅“贴心行动”由县行政审批局牵头。", ("政务大厅贴心行动", Predicate.PART_OF_CAMPAIGN, "效能攻坚年")),
    ("围场满族蒙古族自治县开展“效能攻坚年”活动。活动下设三个专项整治：“冷硬横推”问题专项整治由县纪委监委牵头，“多头跑”专项整治由县委组织部牵头，政务大厅“贴心行动”由县行政审批局牵头。", ("围场满族蒙古族自治县行政审批局", CON, "政务大厅贴心行动")),
    # who takes a drive as its lever (以…为总抓手) runs it
    ("商洛市召开全会。2025年，全市要以中药材产业“扩面提效”三年行动为总抓手，统筹推进各项工作。",
     ("商洛市", CON, "中药材产业扩面提效三年行动")),
    # what the drive relies on (依托某开发区) is no actor; the place before it is
    ("汉中市副市长表示，汉中依托汉中经济技术开发区产业集群，开展“秦巴好物”品牌提升行动。",
     ("汉中市", CON, "秦巴好物品牌提升行动")),
    # 全镇 / 镇里: the town the report is about runs what it launches
    ("丹凤县棣花镇：党员进药园\n今年以来，棣花镇作为示范镇，把实践活动与产业发展结合起来，组织全镇党员开展“访民情、解民忧”的“双访”行动。",
     ("棣花镇", CON, "双访行动")),
    ("丹凤县棣花镇：党员进药园\n棣花镇党委书记介绍了情况。与此同时，镇里同步推进“花园乡村”创建专项行动。",
     ("棣花镇", CON, "花园乡村创建专项行动")),
    # a report about a development zone: what it names without a place of its own lies in the zone
    ("宜昌高新区召开项目推进会。会上，华宇光电科技有限公司光电产业园项目签约，宜昌高新区将做好服务。",
     ("华宇光电科技有限公司光电产业园项目", LOC, "宜昌高新技术产业开发区")),
    # a run of posts and names before the attendance verb
    ("3月5日,宜昌市营商环境大会召开。市人大常委会主任周建华,市政协主席吴丽娟,市委副书记郑国庆等市领导出席会议。",
     ("郑国庆", ATT, "宜昌市营商环境大会")),
    # what is done at the meeting: 通报, 宣读, 作…报告
    ("4月2日,宜昌市招商引资推进会召开。市委常委、常务副市长钱立新通报了前一阶段工作情况。",
     ("钱立新", ATT, "宜昌市招商引资推进会")),
    # a speech titled after its meeting: the byline is the speaker
    ("在全县乡村振兴工作推进会上的讲话\n\n中共秭归县委书记　孔德明\n\n同志们:\n今天召开会议,部署工作。",
     ("孔德明", ATT, "秭归县乡村振兴工作推进会")),
    # a company investing in a project named after the verb, or named with 由 after the project
    ("宜昌市加快推进华宇电子集团有限公司投资建设的智能终端制造产业园,项目总投资20亿元。",
     ("华宇电子集团有限公司", INV, "智能终端制造产业园")),
    # two bodies opening a cited title (中共某市委　某市人民政府关于…) both issued it
    ("这是贯彻《中共宜昌市委　宜昌市人民政府关于开展产业链提升年活动的实施意见》的具体举措。",
     ("中共宜昌市委宜昌市人民政府关于开展产业链提升年活动的实施意见", ISS, "宜昌市政府")),
    ("这是贯彻《中共宜昌市委　宜昌市人民政府关于开展产业链提升年活动的实施意见》的具体举措。",
     ("中共宜昌市委宜昌市人民政府关于开展产业链提升年活动的实施意见", ISS, "宜昌市委")),
    # 。某某村党支部书记某某: a village named by its body, the branch holding the post (the model read no place)
    ("秭归县茅坪镇召开会议。控拜村党支部书记杨光明介绍，村里发展产业。", ("杨光明", Predicate.HOLDS_POST, "控拜村党支部")),
    # a venue inside the place before the holding verb (在某开发区某某片区主会场举行): the event lies in that place
    ("9月18日上午，秭归县2025年第三季度重大项目集中开工活动在秭归经济开发区茅坪片区主会场举行。",
     ("秭归县2025年第三季度重大项目集中开工活动", LOC, "秭归经济开发区")),
    # 讲授专题党课 at a study session: the teacher attended it
    ("三峡学院扎实开展学习贯彻习近平新时代中国特色社会主义思想主题教育\n5月6日，学校举办主题教育读书班。校长李文华主持。"
     "党委副书记刘芳讲授专题党课。", ("刘芳", ATT, "三峡学院主题教育读书班")),
    # 甲公司与乙公司合资建设X: both invest (a 株式会社 is a company)
    ("宜昌市举行签约。大阪精工株式会社与宜昌三峡模具有限公司合资建设汽车模具产业园，计划总投资12亿元。",
     ("大阪精工株式会社", INV, "汽车模具产业园")),
    ("宜昌市举行签约。宜昌锐光电子有限公司将在宜昌高新区投资7亿元建设智能终端配套项目。",
     ("宜昌锐光电子有限公司", INV, "智能终端配套项目")),
    ("宜昌市重点建设峡江智能装备产业园(总投资5亿元),由宜昌长兴机电集团有限公司牵头投资建设。",
     ("宜昌长兴机电集团有限公司", INV, "峡江智能装备产业园")),
    # a formulation of weight in a report about one drive belongs to it, a 的-phrase naming a method too
    ("秭归县深入开展“勇当先锋”大讨论。\n各村推行“三查三改”的管护模式,成效明显。",
     ("三查三改", Predicate.ASSOCIATED_WITH, "勇当先锋大讨论")),
    # a formulation qualifying the drive named after it in its own clause belongs to that drive
    ("茅坪镇把实践活动与柑橘产业攻坚战结合起来，开展“上门问需、帮扶解难”的“双帮”行动。",
     ("上门问需、帮扶解难", Predicate.ASSOCIATED_WITH, "双帮行动")),
    # a project read inside a prefecture's name and stated to lie in a zone of it lies in the zone
    ("大理州农产品冷链物流中心、洱源县乳业产业园等项目加快建设。大理州农产品冷链物流中心位于大理经济技术开发区。",
     ("大理州农产品冷链物流中心", LOC, "大理经济技术开发区")),
    # a county's speech naming its city's leadership is still about the county (全县, 我县 count for it)
    ("宜昌市远安县召开项目建设动员大会。\n去年以来，在宜昌市委、宜昌市政府的坚强领导下，全县上下认真落实宜昌市部署。\n"
     "今年，要深入开展“项目攻坚年”活动。全县要把项目建设作为头等大事，全县干部要比学赶超，确保全县经济稳中有进。",
     ("远安县", CON, "项目攻坚年")),
    # a plan headed by its notice: the plan is issued by the notice's issuer and rests on what the text cites;
    # its items are parts of the plan's own drive, not of the higher plan it cites; 由某局牵头 after an item's
    # heading: that body runs the item's drive
    ("秭归县人民政府办公室关于印发秭归县柑橘产业提质攻坚行动实施方案的通知\n《秭归县柑橘产业提质攻坚行动实施方案》已经县政府同意，现印发给你们。\n秭归县柑橘产业提质攻坚行动实施方案\n根据《宜昌市柑橘产业振兴三年行动方案》精神，结合我县实际，制定本方案。\n（一）品种改良行动。由县农业农村局牵头，县林业局配合，推广优良品种。\n", ("秭归县柑橘产业提质攻坚行动实施方案", ISS, "秭归县政府办公室")),
    ("秭归县人民政府办公室关于印发秭归县柑橘产业提质攻坚行动实施方案的通知\n《秭归县柑橘产业提质攻坚行动实施方案》已经县政府同意，现印发给你们。\n秭归县柑橘产业提质攻坚行动实施方案\n根据《宜昌市柑橘产业振兴三年行动方案》精神，结合我县实际，制定本方案。\n（一）品种改良行动。由县农业农村局牵头，县林业局配合，推广优良品种。\n", ("秭归县柑橘产业提质攻坚行动实施方案", BAS, "宜昌市柑橘产业振兴三年行动方案")),
    ("秭归县人民政府办公室关于印发秭归县柑橘产业提质攻坚行动实施方案的通知\n《秭归县柑橘产业提质攻坚行动实施方案》已经县政府同意，现印发给你们。\n秭归县柑橘产业提质攻坚行动实施方案\n根据《宜昌市柑橘产业振兴三年行动方案》精神，结合我县实际，制定本方案。\n（一）品种改良行动。由县农业农村局牵头，县林业局配合，推广优良品种。\n", ("品种改良行动", Predicate.PART_OF_CAMPAIGN, "秭归县柑橘产业提质攻坚行动")),
    ("秭归县人民政府办公室关于印发秭归县柑橘产业提质攻坚行动实施方案的通知\n《秭归县柑橘产业提质攻坚行动实施方案》已经县政府同意，现印发给你们。\n秭归县柑橘产业提质攻坚行动实施方案\n根据《宜昌市柑橘产业振兴三年行动方案》精神，结合我县实际，制定本方案。\n（一）品种改良行动。由县农业农村局牵头，县林业局配合，推广优良品种。\n", ("秭归县农业农村局", CON, "品种改良行动")),
    ("秭归县人民政府办公室关于印发秭归县柑橘产业提质攻坚行动实施方案的通知\n《秭归县柑橘产业提质攻坚行动实施方案》已经县政府同意，现印发给你们。\n秭归县柑橘产业提质攻坚行动实施方案\n根据《宜昌市柑橘产业振兴三年行动方案》精神，结合我县实际，制定本方案。\n（一）品种改良行动。由县农业农村局牵头，县林业局配合，推广优良品种。\n", ("秭归县", CON, "秭归县柑橘产业提质攻坚行动")),
    # the bodies leading a drive's plan (《某某专项行动工作方案》，由…牵头) lead the drive; a sub-drive named again
    # with its kind (甲子行动由某局负责) is run by that body
    (_DRIVE_PLAN_LED, ("临朐县农业农村局", CON, "沂山红果产销对接专项行动")),
    (_DRIVE_PLAN_LED, ("临朐县农业农村局", CON, "冷链提质")),
    (_DRIVE_PLAN_LED, ("临朐县商务局", CON, "直播带货")),
    # a plan's own drive (攻坚年) has the drives opening its items as parts, whatever their heads' rank;
    # the bodies opening an item's sentence with 牵头 / 按职责分工负责 (no 由) run its drive
    (_PLAN_WITH_ITEMS, ("园区扩容专项行动", Predicate.PART_OF_CAMPAIGN, "产业提质攻坚年")),
    (_PLAN_WITH_ITEMS, ("干部进园区实践活动", Predicate.PART_OF_CAMPAIGN, "产业提质攻坚年")),
    (_PLAN_WITH_ITEMS, ("临朐县工信局", CON, "园区扩容专项行动")),
    (_PLAN_WITH_ITEMS, ("临朐县财政局", CON, "要素保障专项行动")),
    # the issuing office on a line of its own above the notice's title: the plan is still headed by its drive
    ("隆化县人民政府办公室\n关于印发《隆化县林果提质增效攻坚行动实施方案》的通知\n\n隆化县林果提质增效攻坚行动实施方案\n决定在全县开展林果提质增效攻坚行动（以下简称攻坚行动）。\n二、重点任务\n（一）良种繁育专项行动。由县林业局牵头，推广良种。\n（二）品牌营销专项行动。由县商务局牵头。\n", ("品牌营销专项行动", Predicate.PART_OF_CAMPAIGN, "林果提质增效攻坚行动")),
    # a company's report: a bare 党委/纪委 opening a chain of posts is the company's; a meeting of the drive
    # held by 集团 is named by the company's usual name; the committee of a declared short name is the company's
    ("宜昌三峡港航投资集团有限公司（以下简称“港航集团”）在全集团开展“强作风、提效能”大讨论。\n4月10日，集团召开大讨论动员部署会。集团党委书记、董事长周明远作动员讲话，党委副书记、总经理刘清华主持会议，党委委员、纪委书记何静出席会议。\n港航集团党委要抓好落实。", ("刘清华", Predicate.HOLDS_POST, "宜昌三峡港航投资集团有限公司党委")),
    ("宜昌三峡港航投资集团有限公司（以下简称“港航集团”）在全集团开展“强作风、提效能”大讨论。\n4月10日，集团召开大讨论动员部署会。集团党委书记、董事长周明远作动员讲话，党委副书记、总经理刘清华主持会议，党委委员、纪委书记何静出席会议。\n港航集团党委要抓好落实。", ("何静", Predicate.HOLDS_POST, "宜昌三峡港航投资集团有限公司纪委")),
    ("宜昌三峡港航投资集团有限公司（以下简称“港航集团”）在全集团开展“强作风、提效能”大讨论。\n4月10日，集团召开大讨论动员部署会。集团党委书记、董事长周明远作动员讲话，党委副书记、总经理刘清华主持会议，党委委员、纪委书记何静出席会议。\n港航集团党委要抓好落实。", ("何静", ATT, "港航集团大讨论动员部署会")),
    # 下设 a list of drives, 分别由 bodies in turn, and “甲”专项行动由某局牵头
    ("秭归县委召开全会。全会明确，实施柑橘产业振兴三年行动。柑橘产业振兴三年行动下设良种繁育行动、冷链物流补链行动、品牌推广行动，分别由县农业农村局、县商务局、县市场监管局牵头实施。\n“百日攻坚”行动下设“项目清零”专项行动和“服务进企”专项行动。“项目清零”专项行动由县发改局牵头，逐一清理项目。", ("冷链物流补链行动", Predicate.PART_OF_CAMPAIGN, "柑橘产业振兴三年行动")),
    ("秭归县委召开全会。全会明确，实施柑橘产业振兴三年行动。柑橘产业振兴三年行动下设良种繁育行动、冷链物流补链行动、品牌推广行动，分别由县农业农村局、县商务局、县市场监管局牵头实施。\n“百日攻坚”行动下设“项目清零”专项行动和“服务进企”专项行动。“项目清零”专项行动由县发改局牵头，逐一清理项目。", ("秭归县商务局", CON, "冷链物流补链行动")),
    ("秭归县委召开全会。全会明确，实施柑橘产业振兴三年行动。柑橘产业振兴三年行动下设良种繁育行动、冷链物流补链行动、品牌推广行动，分别由县农业农村局、县商务局、县市场监管局牵头实施。\n“百日攻坚”行动下设“项目清零”专项行动和“服务进企”专项行动。“项目清零”专项行动由县发改局牵头，逐一清理项目。", ("秭归县市场监管局", CON, "品牌推广行动")),
    ("秭归县委召开全会。全会明确，实施柑橘产业振兴三年行动。柑橘产业振兴三年行动下设良种繁育行动、冷链物流补链行动、品牌推广行动，分别由县农业农村局、县商务局、县市场监管局牵头实施。\n“百日攻坚”行动下设“项目清零”专项行动和“服务进企”专项行动。“项目清零”专项行动由县发改局牵头，逐一清理项目。", ("秭归县发改局", CON, "项目清零专项行动")),
    # 递补甲、乙为某委委员: each name listed after the verb and before 为 holds the post
    ("隆化县委召开全会。全会递补邵明远、曹丽华为县委委员。", ("邵明远", Predicate.HOLDS_POST, "隆化县委")),
    # 分别由A、B、C负责推进: each drive in turn, whatever verb follows; “甲”子行动由某局牵头 is the counted 甲
    ("隆化县开展“果香满园”攻坚行动，下设种苗提质专项行动、市场拓展专项行动和品牌培育专项行动，分别由县农业农村局、县商务局、县市场监督管理局负责推进。", ("隆化县商务局", CON, "市场拓展专项行动")),
    ("隆化县开展“果香满园”攻坚行动，下设“优种工程”“冷链畅达”两个子行动。“优种工程”子行动由县农业农村局牵头，重点抓好果园改造。“冷链畅达”子行动由县商务局牵头。", ("隆化县商务局", CON, "冷链畅达")),
    # in a hospital's or a company's report, 院长/副院长, 董事长/总经理 alone: the body of that kind; a name
    # listed after the first shares the post
    ("秭归县人民医院开展“清廉医院”专项行动。4月10日，医院召开动员部署会。院长李明远主持会议，副院长赵刚、孙丽华出席。",
     ("李明远", Predicate.HOLDS_POST, "秭归县人民医院")),
    ("秭归县人民医院开展“清廉医院”专项行动。4月10日，医院召开动员部署会。院长李明远主持会议，副院长赵刚、孙丽华出席。",
     ("孙丽华", Predicate.HOLDS_POST, "秭归县人民医院")),
    ("宜昌市农业农村局关于开展2024年农资打假专项行动的通知\n各县市区农业农村局：\n为贯彻落实湖北省农业农村厅《关于印发〈2024年全省农资打假专项行动方案〉的通知》要求，决定在全市开展2024年农资打假专项行动。", ("宜昌市农业农村局", CON, "2024年农资打假专项行动")),
    ("秭归县召开大会。去年以来，在宜昌市委、市政府的坚强领导下，全县上下认真落实“招大引强”活动部署。全县要抓好落实，全县干部要奋勇争先。",
     ("秭归县", CON, "招大引强活动")),
    ("宜昌市夷陵区召开全会。全区上下认真落实省委和宜昌市委部署，深入开展“作风建设提升年”活动。全区要抓好落实，全区干部要奋勇争先。", ("夷陵区", CON, "作风建设提升年活动")),
    ("宜昌市召开推进会。宜昌以秭归脐橙、兴山茶叶、夷陵柑橘三大产业为重点，实施“数字赋能”专项行动。", ("宜昌市", CON, "数字赋能专项行动")),
    # 把A与B、C结合起来: the region running A runs B and C; a bare 大讨论 is the report's 某某大讨论活动
    ("宜昌市委在全市开展“勇当先锋”大讨论活动。要把大讨论与招商引资专项行动、干部作风专项整治结合起来。",
     ("宜昌市", CON, "干部作风专项整治")),
    # a drive named inside its meeting's name (全市X三年行动推进会召开) is run by the region the 全市 names
    ("宜昌市召开会议。4月22日，全市乡村建设三年行动推进会召开。市委书记周建华出席会议并讲话。",
     ("宜昌市", CON, "乡村建设三年行动")),
    # 某某市作了交流发言 closing its paragraph: the officials opening the next paragraphs spoke there
    ("5月6日,全省茶产业发展现场推进会在宜昌召开。\n会上,宜昌、恩施两市作了交流发言。\n"
     "宜昌市副市长王建国介绍,宜昌推进茶园提质。\n恩施州副州长李国华发言说,恩施做强品牌。",
     ("李国华", ATT, "湖北省茶产业发展现场推进会")),
    # those who accompany the visitors at the meeting, and those seated on the platform, attended it
    ("5月6日,全省茶产业发展现场推进会在宜昌召开。\n与会人员观摩了茶园。夷陵区委书记周大成、区长吴明陪同观摩。",
     ("周大成", ATT, "湖北省茶产业发展现场推进会")),
    ("1月9日,中共秭归县第十五届委员会第六次全体会议召开。\n县人大常委会主任刘国安，县政协主席邱立华，县委副书记陈光在主席台就座。",
     ("刘国安", ATT, "中共秭归县第十五届委员会第六次全体会议")),
    # 就《…》作说明 and 对“…”活动作了具体安排: said of those who speak at the meeting
    ("1月9日,中共秭归县第十五届委员会第六次全体会议召开。县委副书记、县长赵亮就《中共秭归县委关于加快柑橘产业发展的决定》作说明。",
     ("赵亮", ATT, "中共秭归县第十五届委员会第六次全体会议")),
    # a notice headed by its issuer (某局关于开展…的通知) on the first line: that body issued it,
    # though another body is named before 决定 below
    ("宜昌市农业农村局关于开展2024年春季农资打假专项行动的通知\n各县市区农业农村局:\n"
     "为落实湖北省农业农村厅《关于做好春耕备耕工作的通知》要求,经局党组研究,决定开展专项行动。",
     ("宜昌市农业农村局关于开展2024年春季农资打假专项行动的通知", ISS, "宜昌市农业农村局")),
    # 〈X〉 inside a cited notice is a document too: the notice's issuer issued it, the text acts on it
    ("宜昌市农业农村局关于开展2024年春季农资打假专项行动的通知\n各县市区农业农村局:\n"
     "为落实湖北省农业农村厅《关于印发〈湖北省春季农资打假行动方案〉的通知》要求,决定开展专项行动。",
     ("湖北省春季农资打假行动方案", ISS, "湖北省农业农村厅")),
    ("宜昌市农业农村局关于开展2024年春季农资打假专项行动的通知\n各县市区农业农村局:\n"
     "为贯彻落实湖北省农业农村厅《关于印发〈湖北省春季农资打假行动方案〉的通知》要求,决定开展专项行动。",
     ("宜昌市农业农村局关于开展2024年春季农资打假专项行动的通知", BAS, "湖北省春季农资打假行动方案")),
    # 关于印发《X》的通知: X is issued by the notice's issuer; 为深入贯彻《Y》: X rests on Y
    ("秭归县人民政府办公室关于印发《秭归县柑橘产业提升三年行动实施方案》的通知\n\n"
     "秭归县柑橘产业提升三年行动实施方案\n为深入贯彻《湖北省柑橘产业发展规划》,结合实际,制定本方案。",
     ("秭归县柑橘产业提升三年行动实施方案", ISS, "秭归县政府办公室")),
    ("秭归县人民政府办公室关于印发《秭归县柑橘产业提升三年行动实施方案》的通知\n\n"
     "秭归县柑橘产业提升三年行动实施方案\n为深入贯彻《湖北省柑橘产业发展规划》,结合实际,制定本方案。",
     ("秭归县柑橘产业提升三年行动实施方案", BAS, "湖北省柑橘产业发展规划")),
    # X下设三个子行动： then items (（一）A行动): each item's drive is part of X, run by who runs X;
    # （以下简称“专项整治”）names X for its bare mentions
    ("宜昌市市场监督管理局决定在全市开展“平安餐桌”食品安全专项整治行动（以下简称“专项整治”）。\n一、整治重点\n"
     "专项整治下设三个子行动：\n（一）校园食品“守护”行动。开展检查。\n（二）网络订餐“清网”行动。开展抽检。\n二、工作要求",
     ("网络订餐清网行动", Predicate.PART_OF_CAMPAIGN, "平安餐桌食品安全专项整治行动")),
    ("宜昌市市场监督管理局决定在全市开展“平安餐桌”食品安全专项整治行动（以下简称“专项整治”）。\n一、整治重点\n"
     "专项整治下设三个子行动：\n（一）校园食品“守护”行动。开展检查。\n（二）网络订餐“清网”行动。开展抽检。\n二、工作要求",
     ("宜昌市市场监督管理局", CON, "校园食品守护行动")),
    # 某镇作为示范镇，把A与B结合起来: the town runs B
    ("秭归县委在全县部署开展“党员联户”实践活动，茅坪镇作为示范镇，把实践活动与柑橘产业提质增效攻坚战结合起来。",
     ("茅坪镇", CON, "柑橘产业提质增效攻坚战")),
    # the lead units of an item of a plan run its drive
    ("宜昌市组织实施三个专项行动。\n(一)城市道路畅通专项行动。打通断头路。\n牵头单位:市交通运输局;配合单位:市公安局。",
     ("宜昌市交通运输局", CON, "城市道路畅通专项行动")),
    # a lead line at the end of its own item names that item's drive, quoted words and all
    ("宜昌市组织实施三个专项行动。\n（一）实施城区道路畅通行动。打通断头路。牵头单位：宜昌市交通运输局。\n"
     "（二）实施村容村貌“净化亮化”行动。清理乱堆乱放。牵头单位：宜昌市农业农村局。",
     ("宜昌市农业农村局", CON, "村容村貌净化亮化行动")),
    # enumerated items inside a paragraph (一是开展X攻坚) are sub-drives of the drive they serve
    ("确保秭归县优化营商环境攻坚专项行动取得实效。一是开展审批提速攻坚,全面推行一窗受理。二是开展要素保障攻坚,围绕用地难题。",
     ("要素保障攻坚", Predicate.PART_OF_CAMPAIGN, "秭归县优化营商环境攻坚专项行动")),
    ("确保秭归县优化营商环境攻坚专项行动取得实效。一是开展审批提速攻坚,全面推行一窗受理。二是开展要素保障攻坚,围绕用地难题。",
     ("审批提速攻坚", Predicate.PART_OF_CAMPAIGN, "秭归县优化营商环境攻坚专项行动")),
    # a committee acts, and its region with it
    ("宜昌市委在全市组织开展“勇当先锋”大讨论。", ("宜昌市委", CON, "勇当先锋大讨论")),
    ("宜昌市委在全市组织开展“勇当先锋”大讨论。", ("宜昌市", CON, "勇当先锋大讨论")),
    # a chain of posts: each body holds the person
    ("南阳市召开大会。市委常委、组织部部长张立平宣读了决定。", ("张立平", Predicate.HOLDS_POST, "南阳市委")),
    ("南阳市召开大会。市委常委、组织部部长张立平宣读了决定。", ("张立平", Predicate.HOLDS_POST, "南阳市委组织部")),
    # 某县委副书记、县长某某 of another county than the report's: that county's committee and county
    ("6月5日,秭归县召开乡村振兴推进会。兴山县委副书记、县长罗明远介绍了经验。",
     ("罗明远", Predicate.HOLDS_POST, "兴山县委")),
    ("6月5日,秭归县召开乡村振兴推进会。兴山县委副书记、县长罗明远介绍了经验。",
     ("罗明远", Predicate.HOLDS_POST, "兴山县")),
    # a level title opening a chain of posts (副县长、县公安局局长某某) is the report's county's
    ("3月15日,秭归县优化营商环境大会召开。县委书记吴海明,副县长、县公安局局长周立成等县领导出席会议。",
     ("周立成", Predicate.HOLDS_POST, "秭归县")),
    # 某组组长甲、副组长乙: the deputy of the same body
    ("6月5日,秭归县召开主题教育推进会。宜昌市委第三督导组组长周立成、副组长吴海明到会指导。",
     ("吴海明", Predicate.HOLDS_POST, "宜昌市委第三督导组")),
    # 校党委书记某某, 校长某某 in a school's report: posts of the school most named (its committee if named)
    ("9月12日,三峡华宇理工学院召开主题教育动员部署会。三峡华宇理工学院党委按照部署抓好落实。"
     "校党委书记周立成作动员讲话,校长吴海明主持会议。", ("周立成", Predicate.HOLDS_POST, "三峡华宇理工学院党委")),
    ("9月12日,三峡华宇理工学院召开主题教育动员部署会。三峡华宇理工学院党委按照部署抓好落实。"
     "校党委书记周立成作动员讲话,校长吴海明主持会议。", ("吴海明", Predicate.HOLDS_POST, "三峡华宇理工学院")),
    # 某公司董事长甲、总经理乙: both posts of the company
    ("3月5日,秭归县召开全县干部大会。宜昌华宇集团有限公司董事长王建军、总经理陈立明参加会议。",
     ("陈立明", Predicate.HOLDS_POST, "宜昌华宇集团有限公司")),
    # an appointment (某某同志任某县委书记, 当选为…主任) and posts in apposition (某某（某县委副书记、县长）)
    ("3月5日,秭归县召开全县干部大会。会议宣布了省委决定:罗小音同志任秭归县委书记。",
     ("罗小音", Predicate.HOLDS_POST, "秭归县委")),
    # 任命某某为…, 选举某某为…: the appointing verb before the name
    ("秭归县召开常委会。经研究决定，任命周春华为秭归县发展和改革局局长。", ("周春华", Predicate.HOLDS_POST, "秭归县发展和改革局")),
    ("秭归县召开人代会。会议选举邓永红为县人大常委会主任。", ("邓永红", Predicate.HOLDS_POST, "秭归县人大常委会")),
    ("3月5日,秭归县召开全县干部大会。陈立明当选为秭归县人大常委会主任。",
     ("陈立明", Predicate.HOLDS_POST, "秭归县人大常委会")),
    ("3月5日,秭归县召开全县干部大会。郑国庆(兴山县委副书记、县长)介绍了经验。",
     ("郑国庆", Predicate.HOLDS_POST, "兴山县")),
    # a short biography after the name: 某某，男，…，现任某县委书记
    ("3月5日,秭归县召开全县干部大会。周立成,男,汉族,1970年3月生,现任秭归县委书记。",
     ("周立成", Predicate.HOLDS_POST, "秭归县委")),
    # names listed after one title share it
    ("5月6日,中共秭归县委十五届三次全会召开。县委常委周立成、吴海明、郑晓岚出席会议。",
     ("郑晓岚", Predicate.HOLDS_POST, "秭归县委")),
    # the investor before its project: 投资N亿元建设, 投资N亿元，在某地建设
    ("宜昌新材有限公司投资35亿元建设年产30万吨高性能新材料项目,落户猇亭区。",
     ("宜昌新材有限公司", INV, "年产30万吨高性能新材料项目")),
    ("宜昌新材有限公司投资35亿元建设年产30万吨高性能新材料项目,落户猇亭区。",
     ("年产30万吨高性能新材料项目", LOC, "猇亭区")),
    ("宜昌科创集团有限公司投资18亿元,在猇亭区建设精密零部件制造基地项目。",
     ("宜昌科创集团有限公司", INV, "精密零部件制造基地项目")),
    ("宜昌科创集团有限公司投资18亿元,在猇亭区建设精密零部件制造基地项目。",
     ("精密零部件制造基地项目", LOC, "猇亭区")),
    # a company named right before a plant named by its output owns it
    ("与会人员察看了宜昌青岚电器有限公司年产80万台智能家电项目建设现场。",
     ("宜昌青岚电器有限公司", INV, "年产80万台智能家电项目")),
    # items of a plan for a 三年行动 are its sub-drives, named after their verb
    ("宜昌市城乡环境整治三年行动实施方案\n为推进宜昌市城乡环境整治三年行动,制定本方案。\n（一）实施农村垃圾清理提质行动。开展清理。",
     ("农村垃圾清理提质行动", Predicate.PART_OF_CAMPAIGN, "宜昌市城乡环境整治三年行动")),
    # 市委 in a report about a county-level city, named more than its prefecture, is the city's
    ("嘉兴市平湖市召开推进会。平湖市今年新签约项目12个,平湖市将加快建设。市委书记周立群出席并讲话。",
     ("周立群", Predicate.HOLDS_POST, "平湖市委")),
    # a body's declared short name and its own committee (集团党委); company posts go to the company
    ("5月8日,云南华岭交通建设投资集团有限公司(以下简称“华岭交投集团”)党委举办读书班。集团党委书记、董事长李明华作动员。",
     ("李明华", Predicate.HOLDS_POST, "云南华岭交通建设投资集团有限公司党委")),
    ("5月8日,云南华岭交通建设投资集团有限公司(以下简称“华岭交投集团”)党委举办读书班。集团党委书记、董事长李明华作动员。",
     ("李明华", Predicate.HOLDS_POST, "云南华岭交通建设投资集团有限公司")),
    # a report headed by its event: those present later in the text attended it
    ("秭归县举行2024年重大项目集中签约仪式\n\n3月28日,秭归县举行重大项目集中签约仪式,12个项目集中签约。"
     "项目涉及新能源、新材料等领域,总投资86亿元,其中亿元以上项目9个,涵盖多个乡镇。据介绍,这些项目均已完成前期洽谈,"
     "将于年内陆续开工建设,建成后预计年产值超过120亿元,新增就业岗位3000个以上,对全县产业结构优化具有重要意义。"
     "签约项目中,多家企业为行业龙头,县里将组建专班,全程跟踪服务,确保项目早落地、早投产、早见效。"
     "近年来,全县坚持把招商引资作为经济工作的生命线,围绕主导产业开展精准招商,持续优化营商环境,"
     "推行项目审批全程代办,企业开办时间压缩到一个工作日以内,一批投资规模大、科技含量高、带动能力强的项目相继落地。"
     "今年以来,全县新签约项目总投资同比增长三成以上,项目开工率、投产率均居全市前列,为县域经济高质量发展注入了强劲动能。"
     "\n宜昌峡光新能源有限公司董事长吴立平代表签约企业致辞。",
     ("吴立平", ATT, "2024年重大项目集中签约仪式")),
    # the bodies heading a notice issue the plan it sends out; a plan's title may end in its years
    ("中共秭归县委办公室　秭归县人民政府办公室\n关于印发《秭归县城乡环境整治三年行动实施方案（2022—2024年）》的通知\n\n各乡镇：现印发给你们。",
     ("秭归县城乡环境整治三年行动实施方案(2022—2024年)", ISS, "秭归县委办公室")),
    ("中共秭归县委办公室　秭归县人民政府办公室\n关于印发《秭归县城乡环境整治三年行动实施方案（2022—2024年）》的通知\n\n各乡镇：现印发给你们。",
     ("秭归县城乡环境整治三年行动实施方案(2022—2024年)", ISS, "秭归县政府办公室")),
    # the header may run over several lines of bodies and the 文号 before the title
    ("湖北省农业农村厅\n湖北省生态环境厅\n\n鄂农发〔2023〕8号\n\n湖北省农业农村厅　湖北省生态环境厅\n"
     "关于印发《湖北省美丽乡村建设行动方案》的通知\n\n各市州农业农村局:现印发给你们。",
     ("湖北省美丽乡村建设行动方案", ISS, "湖北省生态环境厅")),
    # the plan the notice sends out is what rests on the document it follows
    ("中共秭归县委办公室\n关于印发《秭归县城乡环境整治实施方案》的通知\n\n根据《宜昌市城乡环境整治行动计划》,现印发给你们。",
     ("秭归县城乡环境整治实施方案", BAS, "宜昌市城乡环境整治行动计划")),
    # issuers listed before the verb, or after 由
    ("会上宣读了宜昌市委办公室、宜昌市人民政府办公室印发的《宜昌市营商环境攻坚行动方案》。",
     ("宜昌市营商环境攻坚行动方案", ISS, "宜昌市委办公室")),
    ("据了解,《宜昌市工业倍增三年行动计划》由宜昌市委、宜昌市政府于今年1月印发实施。",
     ("宜昌市工业倍增三年行动计划", ISS, "宜昌市政府")),
    # the body that opens a title issues it
    ("各级党组织要认真学习《中共中央关于加强基层治理的意见》。", ("中共中央关于加强基层治理的意见", ISS, "中共中央")),
    # a campaign named in a document's title acts on it
    ("党中央印发《关于在全党开展干部作风整顿专项行动的通知》,对开展干部作风整顿专项行动作出部署。",
     ("干部作风整顿专项行动", BAS, "关于在全党开展干部作风整顿专项行动的通知")),
    # those listed before 等N名同志作交流发言 spoke at the meeting, posts cut by the tokenizer (执行董事) and all
    ("5月8日,秭归交投集团党委举办学习贯彻新时代中国特色社会主义思想主题教育读书班。\n研讨交流环节,集团党委副书记、"
     "纪委书记赵文明,秭归路桥工程有限公司党委书记、执行董事刘海军,秭归智慧交通科技有限公司总经理罗小音等6名同志作交流发言。",
     ("赵文明", ATT, "学习贯彻新时代中国特色社会主义思想主题教育读书班")),
    ("5月8日,秭归交投集团党委举办学习贯彻新时代中国特色社会主义思想主题教育读书班。\n研讨交流环节,集团党委副书记、"
     "纪委书记赵文明,秭归路桥工程有限公司党委书记、执行董事刘海军,秭归智慧交通科技有限公司总经理罗小音等6名同志作交流发言。",
     ("罗小音", ATT, "学习贯彻新时代中国特色社会主义思想主题教育读书班")),
    # 对…作了具体安排, 介绍了…情况: said of those who speak at the meeting
    ("在全县乡村振兴工作推进会上的讲话\n\n中共秭归县委书记　孔德明\n\n同志们:\n今天召开会议,主要任务是总结去年乡村振兴工作,分析当前形势,"
     "部署今年的重点任务,动员全县上下凝心聚力、苦干实干,奋力推动乡村全面振兴取得新成效。\n刚才,县委常委、组织部部长王立新同志"
     "对推进工作作了具体安排,我都同意。", ("王立新", ATT, "秭归县乡村振兴工作推进会")),
    ("6月5日,秭归县项目集中签约仪式举行。\n县委常委、副县长陈立明介绍了签约项目情况。",
     ("陈立明", ATT, "秭归县项目集中签约仪式")),
    # 甲、乙、丙分别作交流发言: each of them spoke at the meeting
    ("5月8日,宜昌市项目建设推进会在秭归县召开。市长吴海明主持会议。秭归县委书记罗小音、兴山县县长郑国庆、"
     "夷陵区区长王建军分别作交流发言。", ("王建军", ATT, "宜昌市项目建设推进会")),
    ("5月8日,宜昌市项目建设推进会在秭归县召开。市长吴海明主持会议。秭归县委书记罗小音、兴山县县长郑国庆、"
     "夷陵区区长王建军分别作交流发言。", ("罗小音", ATT, "宜昌市项目建设推进会")),
    # in a report headed by its event, an event only mentioned before (not said to be held) is not the one attended
    ("秭归县召开乡村振兴推进会\n3月5日,秭归县乡村振兴推进会召开。会议指出,去年全县产业发展大会确定的目标任务全面完成。"
     "县委书记周立成出席并讲话。", ("周立成", ATT, "秭归县乡村振兴推进会")),
    # without a headline event too: the meeting said to be held, not one only mentioned since
    ("今年以来,全县上下坚持以乡村振兴统揽三农工作,围绕产业兴旺、生态宜居、乡风文明、治理有效、生活富裕的总要求,"
     "持续加大投入力度,完善基础设施,发展特色产业,农村面貌焕然一新,农民收入稳步增长,为全面推进乡村振兴打下了坚实基础。"
     "各乡镇结合实际,因地制宜,探索形成了一批可复制可推广的经验做法,涌现出一批先进典型。\n"
     "3月5日,秭归县乡村振兴推进会在县行政中心召开。会议指出,去年全县产业发展大会确定的目标任务全面完成。"
     "县委书记周立成出席并讲话。", ("周立成", ATT, "秭归县乡村振兴推进会")),
    # 出席仪式的领导有某某、某某; 某某宣布项目开工; 某某为项目揭牌: there at the ceremony
    ("秭归县举行重大项目集中开工仪式\n3月5日,秭归县重大项目集中开工仪式在茅坪镇举行。出席仪式的领导有县委书记周立成、"
     "县长吴海明。县委副书记罗小音宣布项目开工。宜昌市副市长郑国庆为项目揭牌。", ("吴海明", ATT, "秭归县重大项目集中开工仪式")),
    ("秭归县举行重大项目集中开工仪式\n3月5日,秭归县重大项目集中开工仪式在茅坪镇举行。出席仪式的领导有县委书记周立成、"
     "县长吴海明。县委副书记罗小音宣布项目开工。宜昌市副市长郑国庆为项目揭牌。", ("罗小音", ATT, "秭归县重大项目集中开工仪式")),
    ("秭归县举行重大项目集中开工仪式\n3月5日,秭归县重大项目集中开工仪式在茅坪镇举行。出席仪式的领导有县委书记周立成、"
     "县长吴海明。县委副书记罗小音宣布项目开工。宜昌市副市长郑国庆为项目揭牌。", ("郑国庆", ATT, "秭归县重大项目集中开工仪式")),
    # 某某发言, 在发言时表示, 与会企业家某某说: speakers at the meeting
    ("秭归县召开民营企业座谈会\n3月5日,秭归县民营企业座谈会召开。会上,企业家代表周立成发言,建议优化审批流程。"
     "华宇柑橘有限公司董事长吴海明在发言时表示,将扩大投资。与会企业家王建军说,营商环境越来越好。", ("周立成", ATT, "秭归县民营企业座谈会")),
    ("秭归县召开民营企业座谈会\n3月5日,秭归县民营企业座谈会召开。会上,企业家代表周立成发言,建议优化审批流程。"
     "华宇柑橘有限公司董事长吴海明在发言时表示,将扩大投资。与会企业家王建军说,营商环境越来越好。", ("吴海明", ATT, "秭归县民营企业座谈会")),
    ("秭归县召开民营企业座谈会\n3月5日,秭归县民营企业座谈会召开。会上,企业家代表周立成发言,建议优化审批流程。"
     "华宇柑橘有限公司董事长吴海明在发言时表示,将扩大投资。与会企业家王建军说,营商环境越来越好。", ("王建军", ATT, "秭归县民营企业座谈会")),
    # 就…向全会作说明: said at the plenum
    ("7月8日,中共秭归县委十五届四次全会召开。县委副书记、县长罗明远就《决定(讨论稿)》起草情况向全会作说明。",
     ("罗明远", ATT, "秭归县委十五届四次全会")),
    # 在分组讨论中，某某表示…；某某表示…: those who speak in the meeting's discussion
    ("7月8日,中共秭归县委十五届四次全会召开。全会审议通过了决定。在分组讨论中,茅坪镇党委书记周立成表示,将抓好落实;"
     "归州镇党委书记吴海明表示,将加快发展。", ("吴海明", ATT, "秭归县委十五届四次全会")),
    # 县领导某某、某某，各乡镇主要负责人，企业代表参加活动: a sentence of those present, under the
    # headline event's fuller name
    ("秭归县举行2024年重大项目集中签约仪式\n6月5日,秭归县2024年重大项目集中签约仪式在茅坪镇举行。12个项目集中签约,"
     "总投资86亿元。项目涉及新能源、新材料等领域,涵盖多个乡镇,将于年内陆续开工建设,建成后预计年产值超过120亿元,"
     "新增就业岗位3000个以上,对全县产业结构优化具有重要意义。县里将组建专班,全程跟踪服务,确保项目早落地、早投产、"
     "早见效。近年来,全县坚持把招商引资作为经济工作的生命线,围绕主导产业开展精准招商,持续优化营商环境,"
     "推行项目审批全程代办,企业开办时间压缩到一个工作日以内,一批投资规模大、科技含量高的项目相继落地。"
     "今年以来,全县新签约项目总投资同比增长三成以上,项目开工率、投产率均居全市前列,为县域经济发展注入了强劲动能。"
     "下一步,全县将持续深化放管服改革,落实周调度、月通报工作机制,推动更多优质项目落地生根、开花结果。\n"
     "县领导周立成、吴海明,各乡镇主要负责人,签约企业代表参加活动。",
     ("吴海明", ATT, "秭归县2024年重大项目集中签约仪式")),
    # 各县负责同志先后发言。 then a paragraph opened by each speaker
    ("9月3日,宜昌市柑橘产业发展现场推进会在秭归县召开。市委副书记郑国庆出席会议并讲话。\n"
     "在交流发言环节,各县市区负责同志先后发言。\n"
     "秭归县委书记周立成介绍,秭归坚持一业突破,全县柑橘面积稳定在40万亩。\n"
     "兴山县委副书记、县长吴海明表示,兴山立足山地优势,带动果农增收。\n"
     "当阳市委书记罗小音说,当阳将加快冷链物流建设,解决卖难问题。",
     ("罗小音", ATT, "宜昌市柑橘产业发展现场推进会")),
    # a place stated after a project (位于, 总投资…，位于, 签约) wins over one inside its name
    ("6月16日,秭归县重大项目集中开工。由秭归县城市建设投资集团有限公司投资18亿元建设的秭归滨江文旅综合提升项目位于茅坪镇,"
     "将新建游客中心。", ("秭归滨江文旅综合提升项目", LOC, "茅坪镇")),
    ("6月16日,秭归县重大项目集中开工。由秭归县城市建设投资集团有限公司投资建设的滨江科创园二期配套工程总投资9.2亿元,"
     "位于茅坪镇,主要建设科研楼宇。", ("滨江科创园二期配套工程", LOC, "茅坪镇")),
    ("6月16日,秭归县重大项目集中签约。宜昌华宇智能家居有限公司投资8.3亿元的华宇智能家居产业园项目签约归州镇。",
     ("华宇智能家居产业园项目", LOC, "归州镇")),
    # 某公司在某县投资(N亿元)建设的X项目: the place of the building verb, 的 and amount and all
    ("宜昌市今年以来加快项目建设,宜昌市新开工项目120个,宜昌市将持续发力。华宇精工有限公司在远安县投资8亿元建设的"
     "精密轴承产业园项目已经投产。", ("精密轴承产业园项目", LOC, "远安县")),
    # 在某县召开的X会议上，某某强调: the meeting lies in that county, and the speaker attended it
    ("宜昌市今年以来加快发展,宜昌市将持续发力,宜昌市柑橘产量创新高。在秭归县召开的全市柑橘产业发展现场推进会上,"
     "市委书记周立成强调,要做大做强柑橘产业。", ("宜昌市柑橘产业发展现场推进会", LOC, "秭归县")),
    ("宜昌市今年以来加快发展,宜昌市将持续发力,宜昌市柑橘产量创新高。在秭归县召开的全市柑橘产业发展现场推进会上,"
     "市委书记周立成强调,要做大做强柑橘产业。", ("周立成", ATT, "宜昌市柑橘产业发展现场推进会")),
    # a meeting named after a city held in one of its counties lies in that county
    ("9月3日,宜昌市柑橘产业发展现场推进会在秭归县召开。市委副书记郑国庆出席会议并讲话。",
     ("宜昌市柑橘产业发展现场推进会", LOC, "秭归县")),
    # 市某某学院 in a county report: a body of the city the word 市 names
    ("9月3日,宜昌市职业教育推进会在秭归县召开。秭归县将加快发展,秭归县新建实训基地3个。市职业技术学院负责培训。",
     ("市职业技术学院", LOC, "宜昌市")),
    # a 经济技术开发区 named after its county is a place of its own (its seven-character suffix and all)
    ("6月16日,秭归县重大项目集中签约仪式在秭归经济技术开发区举行。宜昌华宇电子有限公司投资8亿元的智能终端产业园项目"
     "落户秭归经济技术开发区。", ("智能终端产业园项目", LOC, "秭归经济技术开发区")),
    # 某集团亚太区总裁某某…，集团总部位于某国某市: a post of the company and its seat
    ("6月16日,秭归县重大项目集中签约仪式举行。德国华宇精工集团亚太区总裁汉斯·穆勒在发言中表示,集团总部位于德国慕尼黑,"
     "此次在秭归投资看中了区位优势。", ("汉斯·穆勒", Predicate.HOLDS_POST, "德国华宇精工集团")),
    ("6月16日,秭归县重大项目集中签约仪式举行。德国华宇精工集团亚太区总裁汉斯·穆勒在发言中表示,集团总部位于德国慕尼黑,"
     "此次在秭归投资看中了区位优势。", ("德国华宇精工集团", LOC, "慕尼黑")),
    # 在某村，…。村党支部书记某某介绍: the village the paragraph is about
    ("6月5日,秭归县茅坪镇召开人居环境整治推进会。\n在月亮包村,环境整治与茶产业发展结合得更加紧密。"
     "村党支部书记周立成介绍,村里推行积分管理,村民凭积分兑换生活用品。", ("周立成", Predicate.HOLDS_POST, "月亮包村")),
    # a report about a town, named more often than its county: its projects lie in the town
    ("秭归县茅坪镇召开人居环境整治推进会。会议指出,茅坪镇是柑橘核心产区,茅坪镇将把环境整治与产业发展结合起来。"
     "镇党委书记周立成表示,镇里将持续推进青岚溪上游生态保护修复项目,力争年内完工。",
     ("青岚溪上游生态保护修复项目", LOC, "茅坪镇")),
    # 位于某镇的某公司: the place said right before the name
    ("宜昌市夷陵区召开民营经济座谈会。位于龙泉镇的宜昌华宇精密电子有限公司负责人在发言中表示,将扩大投资。",
     ("宜昌华宇精密电子有限公司", LOC, "龙泉镇")),
    # 来自某县的某公司, 总部在某市的某集团: the place said before the name; 某区某镇中心小学: the town
    ("5月8日,宜昌市民营企业座谈会召开。宜昌市今年以来加快发展,宜昌市将持续发力。来自秭归县的华宇柑橘有限公司、"
     "总部在当阳市的华宇物流集团有限公司负责人先后发言。夷陵区龙泉镇中心小学代表也参加了座谈。",
     ("华宇柑橘有限公司", LOC, "秭归县")),
    ("5月8日,宜昌市民营企业座谈会召开。宜昌市今年以来加快发展,宜昌市将持续发力。来自秭归县的华宇柑橘有限公司、"
     "总部在当阳市的华宇物流集团有限公司负责人先后发言。夷陵区龙泉镇中心小学代表也参加了座谈。",
     ("华宇物流集团有限公司", LOC, "当阳市")),
    ("5月8日,宜昌市民营企业座谈会召开。宜昌市今年以来加快发展,宜昌市将持续发力。来自秭归县的华宇柑橘有限公司、"
     "总部在当阳市的华宇物流集团有限公司负责人先后发言。夷陵区龙泉镇中心小学代表也参加了座谈。",
     ("夷陵区龙泉镇中心小学", LOC, "龙泉镇")),
    # a project whose name opens with the short name of a town the report names lies in that town
    ("宜昌市夷陵区召开项目推进会。会议要求,依托龙泉镇、小溪塔街道工业基础,加快建设龙泉智能装备产业园(总投资5亿元)。",
     ("龙泉智能装备产业园", LOC, "龙泉镇")),
    # a body speaking of itself by its kind (学校深入开展…) runs the drive
    ("三峡理工学院党委召开主题教育推进会。\n三峡理工学院党委书记王立民出席会议。\n"
     "学校深入开展“我为学生解难题”实践活动,解决问题120个。", ("三峡理工学院", CON, "我为学生解难题实践活动")),
    # a report about one body named as often as its region: the body runs what no one is said to run
    ("宜昌市三峡理工学院召开学习贯彻新时代中国特色社会主义思想主题教育推进会。三峡理工学院党委书记王立民出席。"
     "会议指出,开展主题教育是党中央作出的重大部署。三峡理工学院将抓好落实,为宜昌市发展作贡献。",
     ("三峡理工学院", CON, "学习贯彻新时代中国特色社会主义思想主题教育")),
    # 某党委在某区某地举办X: the body before 在 runs X
    ("5月8日,秭归华宇集团有限公司党委在宜昌市夷陵区集团总部举办学习贯彻新时代中国特色社会主义思想主题教育读书班。",
     ("秭归华宇集团有限公司党委", CON, "学习贯彻新时代中国特色社会主义思想主题教育")),
    # 在会上强调 / 在某某会上指出: said at the meeting
    ("6月5日,秭归县召开全县乡村振兴工作推进会。县委书记孔德明在会上强调,要凝心聚力。",
     ("孔德明", ATT, "秭归县乡村振兴工作推进会")),
    # the bodies issuing a campaign's plan run the campaign (甲市X三年行动 beside X三年行动 is X三年行动)
    ("宜昌市召开工业倍增三年行动推进会。据了解,《宜昌市工业倍增三年行动计划》由宜昌市委、宜昌市政府于今年1月印发实施。",
     ("宜昌市政府", CON, "工业倍增三年行动")),
    # the builder named after the project and a back-reference to it (…项目落户某地，该项目由某公司投资建设)
    ("总投资30亿元的储能电池产业园项目落户本市,该项目由江苏恒驰储能科技有限公司投资建设。",
     ("江苏恒驰储能科技有限公司", INV, "储能电池产业园项目")),
    # a company known by its brand, with an explicit 投资 (某某时代将投资N亿元建设…)
    ("宁德时代与某市政府签约,宁德时代将投资120亿元建设滨江储能基地项目。", ("宁德时代", INV, "滨江储能基地项目")),
    # an amount in euros; a plant named by its yearly output after 将在某地投资建设
    ("德国巴斯夫公司投资100亿欧元的湛江一体化基地项目首套装置投产。", ("德国巴斯夫公司", INV, "湛江一体化基地项目")),
    ("新希望集团将在县境内投资建设年出栏80万头生猪养殖项目。", ("新希望集团", INV, "年出栏80万头生猪养殖项目")),
    # 集团承建的甲项目和乙工程 in a report about one company group
    ("云南彩云交通建设投资集团有限公司召开读书班。集团党委书记讲话。\n学员赴集团承建的昆明南综合交通枢纽项目和澄江市环湖生态公路提升工程"
     "开展现场教学。云南彩云交通建设投资集团有限公司表示将继续推进。",
     ("云南彩云交通建设投资集团有限公司", INV, "澄江市环湖生态公路提升工程")),
    # a village the table lacks, named right after its town (某镇某村), lies in the town
    ("光泽县崇仁乡召开会议。崇仁乡石壁村、寨里镇桃林村入选示范村。", ("石壁村", Predicate.PART_OF, "崇仁乡")),
    # a zone the table lacks, in a report about one city, is that city's
    ("长沙市召开会议,湘江新区要加快建设。", ("湘江新区", Predicate.PART_OF, "长沙市")),
    # the bodies named right before a title issued it; the document made later in the sentence rests on it
    ("陕西省召开会议。依据省委、省政府《关于全面实施乡村振兴战略的意见》精神,县政府制定了《某县乡村振兴实施方案》。",
     ("关于全面实施乡村振兴战略的意见", ISS, "陕西省政府")),
    ("陕西省召开会议。依据省委、省政府《关于全面实施乡村振兴战略的意见》精神,县政府制定了《某县乡村振兴实施方案》。",
     ("某县乡村振兴实施方案", BAS, "关于全面实施乡村振兴战略的意见")),
    # bodies named together before the verb run the drive together
    ("岚皋县召开会议。县委组织部、县委宣传部联合开展“书记讲党课”活动。", ("岚皋县委组织部", CON, "书记讲党课活动")),
    # 深化 and 打响 run a drive as 开展 does
    ("平利县持续深化“美丽庭院”创建活动,评选示范户200户。", ("平利县", CON, "美丽庭院创建活动")),
    # a report about one 大讨论 runs the lesser drives it launches as parts of it
    ("秭归县召开“勇当先锋、争创一流”大讨论推进会。\n会议指出,“勇当先锋、争创一流”大讨论开展以来成效明显。\n"
     "全县深入开展“我为企业解难题”实践活动,走访企业300余家。",
     ("我为企业解难题实践活动", Predicate.PART_OF_CAMPAIGN, "勇当先锋、争创一流大讨论")),
    ("秭归县召开“勇当先锋、争创一流”大讨论推进会。\n会议指出,“勇当先锋、争创一流”大讨论开展以来成效明显。\n"
     "要以“干部进村”大调研为抓手,推动问题解决。",
     ("干部进村大调研", Predicate.PART_OF_CAMPAIGN, "勇当先锋、争创一流大讨论")),
    # 开展X，是落实Y部署的具体行动: X serves Y, even when a back-reference names X
    ("秭归县启动“勇当先锋”大讨论。开展这次大讨论,是落实全市“项目建设攻坚年”活动部署的具体行动。",
     ("勇当先锋大讨论", Predicate.PART_OF_CAMPAIGN, "项目建设攻坚年")),
    # a drive named later in an item's sentence is part of the item's drive, the item of the plan's
    ("确保秭归县优化营商环境攻坚专项行动取得实效。一是开展审批提速攻坚,全面推行一窗受理。"
     "二是开展用地保障攻坚,由县纪委监委牵头开展“慢作为”问题专项整治。",
     ("慢作为问题专项整治", Predicate.PART_OF_CAMPAIGN, "用地保障攻坚")),
    ("确保秭归县优化营商环境攻坚专项行动取得实效。一是开展审批提速攻坚,全面推行一窗受理。"
     "二是开展用地保障攻坚,由县纪委监委牵头开展“慢作为”问题专项整治。",
     ("用地保障攻坚", Predicate.PART_OF_CAMPAIGN, "秭归县优化营商环境攻坚专项行动")),
    ("宜昌高新区召开会议。宜昌高新区党工委书记出席。会议要求，在全区开展“护企行动”。项目选址西陵区。",
     ("宜昌高新技术产业开发区", CON, "护企行动")),
    # 院长 in a chain opened by the college's party committee is a post of the college
    # (its committee counts for it against another college named as often: 宜昌光电产业学院)
    ("中共宜昌理工学院委员会关于开展调研的报告。宜昌理工学院召开大会。学院与夷陵区政府共建宜昌光电产业学院。"
     "院党委副书记、院长刘志伟主持。"
     "副院长赵文斌通报成效。", ("赵文斌", Predicate.HOLDS_POST, "宜昌理工学院")),
    # a quoted drive led by a body (“甲行动”由某处牵头) is a drive that body runs
    ("中共宜昌理工学院委员会关于开展调研的报告。宜昌理工学院召开大会。“课程共建行动”由教务处牵头。",
     ("宜昌理工学院教务处", CON, "课程共建行动")),
    # the drive a notice's title launches is run by whoever issued the notice
    ("根据市委教育工委《关于在全市教育系统开展“强教育兴宜昌”大讨论活动的通知》要求，学院开展调研。宜昌市召开会议。",
     ("宜昌市委教育工委", CON, "强教育兴宜昌大讨论活动")),
    # 某巡察组由某某任组长: the group the person named after 由 heads (the model's cut name 古国|平任 made whole)
    ("会议宣读了决定。市委第一巡察组由岑国梁任组长，对青川县开展专项巡察；市委第三巡察组由冉立新任组长。广元市召开会议。",
     ("岑国梁", Predicate.HOLDS_POST, "广元市委第一巡察组")),
    ("会议宣读了决定。市委第一巡察组由岑国梁任组长，对青川县开展专项巡察；市委第三巡察组由冉立新任组长。广元市召开会议。",
     ("冉立新", Predicate.HOLDS_POST, "广元市委第三巡察组")),
    # 对某县开展: the county is what the drive is done to; the body before it runs it (专项巡察 is a drive)
    ("广元市召开会议。市委第一巡察组对剑阁县开展乡村振兴领域专项巡察。",
     ("广元市委第一巡察组", CON, "乡村振兴领域专项巡察")),
    # a report naming the city's 市委, 市纪委 bare is the city's, though a county is named more often
    ("广元市召开会议。市委常委、市纪委书记蒲庆林出席。市委巡察办主任滕伟光主持。剑阁县、剑阁县。"
     "本轮巡察要与正在开展的“强农资金”专项整治贯通联动。", ("广元市", CON, "强农资金专项整治")),
    # a village named alone in a report about one town (named twice, more than any other) is that town's
    ("炉桥镇：岗集村“联村共富”带动群众增收。5月13日，现场推进会在炉桥镇召开。以岗集村为龙头，联合周边8个村抱团发展。"
     "定远县召开会议。", ("岗集村", Predicate.PART_OF, "炉桥镇")),
    # 这个由某公司投资建设的项目: the project just named, taken up again
    ("与会人员首先来到岗集村稻鱼综合种养基地。这个由安徽丰源农业发展有限公司投资1.2亿元建设的项目，带动农户1500余户。"
     "定远县召开会议。", ("安徽丰源农业发展有限公司", Predicate.INVESTS_IN, "岗集村稻鱼综合种养基地")),
    # 某村党委书记、村委会主任某某: both bodies of the village
    ("岗集村党委书记、村委会主任严德明介绍经验。定远县召开会议。", ("严德明", Predicate.HOLDS_POST, "岗集村村委会")),
    ("岗集村党委书记、村委会主任严德明介绍经验。定远县召开会议。", ("严德明", Predicate.HOLDS_POST, "岗集村党委")),
    # quoted drives counted as 专项 (下设“甲”“乙”两个专项) are parts of the drive they are set under
    ("青川县在全县开展“暖企行动”，下设“审批加速”“要素保供”两个专项，分别由县行政审批局、县经济发展局牵头。",
     ("审批加速", Predicate.PART_OF_CAMPAIGN, "暖企行动")),
    # a list of posts and names up to 出席/参加: a body cut into verbs by the tokenizer (市委巡察办) and
    # 主要负责同志 are items of the list
    ("河源市召开会议。3月26日，市委第六轮巡察工作动员部署会在市委党校召开。市委常委、市纪委书记、市监委主任、"
     "市委巡察工作领导小组组长蒲庆林出席并讲话，市委组织部常务副部长、市委巡察工作领导小组副组长李卓航，"
     "市委巡察办主任滕伟光，市纪委副书记、市监委副主任褚晓琳等出席。会议由滕伟光主持。",
     ("李卓航", ATT, "河源市委第六轮巡察工作动员部署会")),
    ("5月13日，全县片区现场推进会在炉桥镇召开。县委副书记、县长汪立明出席并讲话，副县长孙蓓主持，炉桥镇党委书记韩宏明，"
     "镇党委副书记、镇长鲁海明，藕塘镇党委主要负责同志参加会议。定远县召开会议。", ("韩宏明", ATT, "定远县片区现场推进会")),
    # a meeting's minutes: those listed under 出席：/列席： attended the meeting the minutes are of, which the
    # headline names without the session's number
    ("青川县人民政府常务会议纪要\n\n4月8日，县长王建华主持召开县政府第6次常务会议。\n\n出席：王建华、李明、赵丽\n"
     "列席：县财政局局长吴敏\n\n一、会议研究了有关事项。", ("吴敏", ATT, "青川县政府第6次常务会议")),
    ("青川县人民政府常务会议纪要\n\n4月8日，县长王建华主持召开县政府第6次常务会议。\n\n出席：王建华、李明、赵丽\n"
     "列席：县财政局局长吴敏\n\n一、会议研究了有关事项。", ("李明", ATT, "青川县政府第6次常务会议")),
    # a study group's session, named by the group holding it; 学习 in the group's name is no studying of a meeting
    ("6月12日，延吉市委理论学习中心组举行2025年第三次集体学习。市委书记崔皓主持并讲话，市长朴英哲参加学习。",
     ("朴英哲", ATT, "延吉市委理论学习中心组2025年第三次集体学习")),
    # 市委、市政府决定开展…: the committee named with the government runs the drive too
    ("六盘水市召开会议。市委、市政府决定，在全市开展“三进三帮”活动。", ("六盘水市委", CON, "三进三帮活动")),
    # several of the city's county-level cities named as often as each other: 市委 is the city's, not the first one's
    ("全市总结表彰暨动员大会召开\n\n2月18日，全市总结表彰暨动员大会召开。市委书记孟庆东出席并讲话。会议表彰了先进集体，"
     "宜都市、当阳市作典型发言。", ("孟庆东", Predicate.HOLDS_POST, "宜昌市委")),
    # 某公司与某县人民政府签订X项目合作协议: the company signing for the project invests in it
    ("会上，宁波华联食品有限公司与伽师县人民政府签订年产5万吨核桃精深加工项目合作协议，项目总投资2.1亿元。",
     ("宁波华联食品有限公司", Predicate.INVESTS_IN, "年产5万吨核桃精深加工项目")),
    # a working group said by its kind alone before a post (前方指挥部总指挥某某): the one named in full before
    ("5月20日，浙江省对口支援新疆工作前方指挥部与伽师县召开联席会议。前方指挥部总指挥陈立新出席会议并讲话。",
     ("陈立新", Predicate.HOLDS_POST, "浙江省对口支援新疆工作前方指挥部")),
    # the counted drives of a set enumerated after it (下设两个专项行动。一是甲行动…) are its parts
    ("全县城乡融合“提速增效年”行动下设两个专项行动。一是道路畅通行动，由县交通运输局牵头。"
     "二是集镇提质行动，由县住房和城乡建设局牵头。",
     ("集镇提质行动", Predicate.PART_OF_CAMPAIGN, "城乡融合提速增效年行动")),
    # a project's place said after the body building it (…园由某集团负责建设，选址某县)
    ("安康市召开会议。安康富硒食品产业园由市交投集团负责建设，选址汉滨区，计划2026年建成。",
     ("安康富硒食品产业园", LOC, "汉滨区")),
    # a drive opening the sentence, its basis said before the body leading it: both are the drive's; the
    # sub-drives set up under it are its parts, not the parts of a drive named in the basis's title
    ("宜良县召开会议，研究县城燃气安全提升专项整治。专项整治要按照昆明市安委会《关于开展瓶装液化气安全专项整治的通知》（昆安委〔2025〕3号）要求，"
     "由县住房和城乡建设局牵头，县消防救援大队配合，下设“瓶装气清源”和“管网隐患清零”两个子行动。",
     ("宜良县住房和城乡建设局", CON, "县城燃气安全提升专项整治")),
    ("宜良县召开会议，研究县城燃气安全提升专项整治。专项整治要按照昆明市安委会《关于开展瓶装液化气安全专项整治的通知》（昆安委〔2025〕3号）要求，"
     "由县住房和城乡建设局牵头，下设“瓶装气清源”和“管网隐患清零”两个子行动。",
     ("县城燃气安全提升专项整治", Predicate.BASED_ON, "关于开展瓶装液化气安全专项整治的通知")),
    # a level title alone in apposition (某某（副市长）) is the report's own city's
    ("大同市人民政府\n会议纪要\n出席：吴建平（副市长）\n", ("吴建平", Predicate.HOLDS_POST, "大同市")),
    # 会议同意《X》，由某办印发实施: the office issues X
    ("大同市人民政府\n会议原则同意《大同市城区停车秩序整治工作方案》，由市政府办公室印发实施。",
     ("大同市城区停车秩序整治工作方案", Predicate.ISSUED_BY, "大同市政府办公室")),
    # a zone's departments listed bare after its first one (高新区甲局和企业服务中心) are the zone's
    ("宜昌高新区召开会议。宜昌高新区开展“护企行动”，下设“审批加速”“要素保供”两个专项，"
     "分别由高新区行政审批局和企业服务中心牵头。",
     ("宜昌高新技术产业开发区企业服务中心", CON, "要素保供")),
]

ABSENT = [
    ("宜良县召开会议，研究县城燃气安全提升专项整治。专项整治要按照昆明市安委会《关于开展瓶装液化气安全专项整治的通知》（昆安委〔2025〕3号）要求，"
     "由县住房和城乡建设局牵头，下设“瓶装气清源”和“管网隐患清零”两个子行动。",
     ("瓶装气清源", Predicate.PART_OF_CAMPAIGN, "瓶装液化气安全专项整治")),
    ("宜良县召开会议，研究县城燃气安全提升专项整治。专项整治要按照昆明市安委会《关于开展瓶装液化气安全专项整治的通知》（昆安委〔2025〕3号）要求，"
     "由县住房和城乡建设局牵头，下设“瓶装气清源”和“管网隐患清零”两个子行动。",
     ("瓶装气清源", Predicate.BASED_ON, "关于开展瓶装液化气安全专项整治的通知")),
    # a second thing acted on after the document (落实《Y》和深入贯彻Z学习教育) does not rest on Y
    ("宁德市召开会议。举办培训班是落实《全市干部培训规划》和深入贯彻新发展理念学习教育的重要举措。",
     ("深入贯彻新发展理念学习教育", Predicate.BASED_ON, "全市干部培训规划")),
    ("会上，宁波华联食品有限公司与伽师县人民政府签订年产5万吨核桃精深加工项目合作协议，项目总投资2.1亿元。",
     ("伽师县政府", Predicate.INVESTS_IN, "年产5万吨核桃精深加工项目")),
    # 按照《甲》要求，印发《乙》，活动下设甲行动: 乙 rests on 甲; the sub-drive after it rests on neither
    ("青川县按照《广元市促进民营经济发展若干措施》要求，由县委办公室印发《青川县“民企提振年”活动实施方案》，"
     "活动下设“百企帮扶”“资源直达”两个专项行动。", ("百企帮扶", Predicate.BASED_ON, "青川县民企提振年活动实施方案")),
    ("青川县按照《广元市促进民营经济发展若干措施》要求，由县委办公室印发《青川县“民企提振年”活动实施方案》，"
     "活动下设“百企帮扶”“资源直达”两个专项行动。", ("百企帮扶", Predicate.BASED_ON, "广元市促进民营经济发展若干措施")),
    ("广元市召开会议。市委第一巡察组对剑阁县开展乡村振兴领域专项巡察。", ("剑阁县", CON, "乡村振兴领域专项巡察")),
    # 全区 in a report about a development zone named more often than the district is the zone
    ("宜昌高新区召开会议。宜昌高新区党工委书记出席。会议要求，在全区开展“护企行动”。项目选址西陵区。",
     ("西陵区", CON, "护企行动")),
    # a brand (让“某某”品牌叫得更响), a problem named (整治“某某”等突出问题) and a pair of figures (以“小某”带动
    # “大某”) are not the drive's formulations
    ("隆化县深入开展“林果富民”实践活动，让“隆化山楂”品牌叫得更响。", ("隆化山楂", Predicate.ASSOCIATED_WITH, "林果富民实践活动")),
    ("隆化县开展“安心游”专项行动，持续整治“零团费游”等突出问题。", ("零团费游", Predicate.ASSOCIATED_WITH, "安心游专项行动")),
    ("隆化县扎实推进“林果富民”实践活动，以“小山楂”带动“大产业”。", ("大产业", Predicate.ASSOCIATED_WITH, "林果富民实践活动")),
    # 作为落实X的具体举措，我们在全区开展Y: X is served by Y; the document's region is not said to run X
    ("临河区召开会议。市里部署“好物出塞”专项行动（以下简称专项行动）。同时，作为落实专项行动的具体举措，我们在全区开展“千名干部进百企”实践活动。", ("临河区", CON, "好物出塞专项行动")),
    # sub-drives led by bodies in turn (分别由…负责) are not run by the bodies running the parent
    ("隆化县开展“果香满园”攻坚行动，由县农业农村局牵头，下设种苗提质专项行动、市场拓展专项行动，分别由县林业局、县商务局负责。", ("隆化县农业农村局", CON, "市场拓展专项行动")),
    # where a project was signed (在某市，某县与某公司签约X项目) is not where it lies
    ("临朐县召开会议。在潍坊，临朐县与山东清源公司签约清源产业园项目。", ("清源产业园项目", LOC, "潍坊市")),
    # …but a meeting named after the speaker's words is not the one he spoke at
    ("临朐县召开会议。县委书记韩立朋强调，要开好临朐县乡村振兴工作推进会。",
     ("韩立朋", ATT, "临朐县乡村振兴工作推进会")),
    # the 中国 of 中国特色社会主义 acts in nothing
    ("临朐县召开会议。全县上下坚持以习近平新时代中国特色社会主义思想为指导，认真落实“3517”行动计划。",
     ("中国", CON, "3517行动计划")),
    # a drive merely named before a comma frames nothing (the comma is no 围绕 / 期间)
    ("临朐县召开会议。“护林清源”专项行动，县里开展“清山净水”集中整治。",
     ("清山净水集中整治", Predicate.PART_OF_CAMPAIGN, "护林清源专项行动")),
    # two drives merely named in one sentence are not one part of the other
    ("临朐县召开会议。县里开展“护林清源”专项行动，同时开展“清山净水”集中整治。",
     ("清山净水集中整治", Predicate.PART_OF_CAMPAIGN, "护林清源专项行动")),
    # the purpose frame names who runs the drive: not the document's county by default
    ("临朐县召开会议。为深入推进“护林清源”专项行动，县林业局组织执法人员开展巡查。", ("临朐县", CON, "护林清源专项行动")),
    ("全市核桃产业高质量发展现场推进会在平山召开\n本报讯 9月14日，石家庄市核桃产业高质量发展现场推进会在平山县召开。市委副书记祁振东出席会议并讲话。\n会议强调，要深入开展核桃“病虫害清零”专项整治，做好防灾工作。平山县交流发言。平山县作了介绍。", ("平山县", CON, "核桃病虫害清零专项整治")),
    ("温塘镇“古镇焕新”攻坚行动推进有力\n今年以来，温塘镇深入推进“古镇焕新”攻坚行动。县委、县政府印发《隆化县茶旅融合三年行动方案》后，镇党委决定集中攻坚，推动“一村一韵、一户一画”。", ("一村一韵、一户一画", Predicate.ASSOCIATED_WITH, "隆化县茶旅融合三年行动")),
    ("隆化县“执法暖企”专项行动成效明显\n隆化县深入开展“执法暖企”专项行动。\n推行“首错免罚”清单制度，同步开展涉企乱摊派专项整治。", ("首错免罚", Predicate.ASSOCIATED_WITH, "涉企乱摊派专项整治")),
    (_SIBLING_DRIVES, ("一园一策、一户一档", Predicate.ASSOCIATED_WITH, "销路拓展")),
    (_JOINED_DRIVE, ("三个到位", Predicate.ASSOCIATED_WITH, "森林防火百日攻坚行动")),
    (_DEPLOYED_DRIVE, ("周碰头、月通报", Predicate.ASSOCIATED_WITH, "营商提质攻坚年")),
    (_JOINED_IN_SENTENCE, ("亮晒比", Predicate.ASSOCIATED_WITH, "营商提质攻坚年")),
    (_JOINED_IN_SENTENCE, ("营商提质攻坚年", Predicate.PART_OF_CAMPAIGN, "勇毅前行大讨论")),
    (_LISTED_SUB_DRIVES, ("1+3+N", Predicate.ASSOCIATED_WITH, "基层减负专项行动")),
    (_CHECKED_AGAINST, ("临朐县人民医院清廉建设专项行动实施方案", ISS, "潍坊市卫生健康委")),
    (_HOSPITAL_REPORT, ("临朐县", CON, "廉洁行医专项行动")),
    (_HEADED_BY_A_DRIVE, ("红包问题专项整治", Predicate.PART_OF_CAMPAIGN, "清廉医院建设专项行动")),
    (_OFFICES_PRINT_A_PLAN, ("临朐县委办", CON, "勇毅前行大讨论")),
    # 落实《Y》和深入贯彻Z学习教育: Z is a second thing acted on, not what acts on Y
    ("临朐县召开会议。陈建国指出，举办培训班是落实《临朐县干部教育培训规划（2024—2028年）》和深入贯彻“勇于担当”学习教育的重要举措。",
     ("勇于担当学习教育", BAS, "临朐县干部教育培训规划(2024—2028年)")),
    # 落实县委、县政府《…》部署要求，把X作为抓手: 部署 is the plan of others there, and the county runs no X for it
    ("平山县温塘镇工作简报\n今年以来，温塘镇认真落实县委、县政府《平山县乡村旅游提升方案》部署要求，把“古镇焕新”攻坚行动作为重要抓手。",
     ("平山县", CON, "古镇焕新攻坚行动")),
    # ... and is not said to be located in it
    ("中共丹凤县委、丹凤县人民政府印发方案。丹凤县农业农村局负责落实。", ("丹凤县委", LOC, "丹凤县")),
    ("隆化县召开会议。县委书记主持，县政府、县发展改革局负责人参加。", ("隆化县政府", LOC, "隆化县")),
    ("丹凤县三川果业有限公司扩建冷库。", ("丹凤县三川果业有限公司", JUR, "丹凤县")),
    # a formulation in one speaker's own paragraph (某县委书记某某表示，…) and a brand (打造“某某”研学品牌)
    # are no part of the report's drive
    ("全市“项目大比拼”攻坚行动观摩会召开\n会议指出，全市上下深入开展“项目大比拼”攻坚行动，攻坚行动成效明显。\n阜平县委书记韩立明表示，阜平坚持“以茶兴县”，今年新签约项目23个。\n曲阳县委书记卢春生说，曲阳依托雕刻资源，打造“石韵曲阳”研学品牌。", ("以茶兴县", Predicate.ASSOCIATED_WITH, "项目大比拼攻坚行动")),
    ("全市“项目大比拼”攻坚行动观摩会召开\n会议指出，全市上下深入开展“项目大比拼”攻坚行动，攻坚行动成效明显。\n阜平县委书记韩立明表示，阜平坚持“以茶兴县”，今年新签约项目23个。\n曲阳县委书记卢春生说，曲阳依托雕刻资源，打造“石韵曲阳”研学品牌。", ("石韵曲阳", Predicate.ASSOCIATED_WITH, "项目大比拼攻坚行动")),
    ("平山县招商引资签约仪式举行。仪式上，德国赫尔曼精密机械有限公司与平山经济开发区管委会签约精密轴承生产基地项目，总投资8.6亿元。", ("平山经济开发区管委会", INV, "精密轴承生产基地项目")),
    # …其中某项目…由某公司: said of the other project
    ("要加快推进平山县城区综合管廊项目、温塘智能制造产业园等重点项目建设，其中综合管廊项目总投资18.3亿元，由平山城市建设投资集团有限公司负责建设。", ("平山城市建设投资集团有限公司", INV, "温塘智能制造产业园")),
    ("平山县委召开全会。全会听取和讨论了郝振宇受县委常委会委托所作的工作报告，审议通过了《中共平山县委关于实施县域经济跃升行动的决定》。", ("中共平山县委关于实施县域经济跃升行动的决定", ISS, "平山县委常委会")),
    # …but a drive named once in the body is a side topic of the report, not its campaign
    ("巫山县人大常委会举行会议\n会议听取了县政府关于黄河滩区“净滩”专项行动开展情况的报告。\n会议指出，县政府要紧扣“双轮驱动”布局，建立问题、责任、整改“四张清单”，逐项销号。", ("双轮驱动", Predicate.ASSOCIATED_WITH, "黄河滩区净滩专项行动")),
    # X，由某委牵头开展Y专项整治: the body leads Y, named after it
    ("隆化县开展作风建设年活动。五是开展用地保障攻坚，由县纪委监委牵头开展“推拖绕”作风问题专项整治。",
     ("隆化县纪委监委", CON, "用地保障攻坚")),
    # a plant the project improves is its object, not its investor
    ("隆化县召开会议。由隆化县交通投资集团负责建设的张三营镇自来水厂扩容改造项目，总投资1.2亿元。", ("张三营镇自来水厂", INV, "张三营镇自来水厂扩容改造项目")),
    ("巫山县十七届人大常委会举行第九次会议。县人大常委会主任侯志远主持会议，副主任方玉兰、钟立伟、曹德明，秘书长宁小娟出席会议。县政府副县长汪涛列席。", ("汪涛", Predicate.HOLDS_POST, "巫山县人大常委会")),
    # a partner (某社配合) and the responsible units are no lead units
    ("忻州市全市开展碧水守护专项行动。专项行动下设三个子行动：排口溯源子行动，牵头单位为市生态环境局，责任单位为各县区政府；农膜回收子行动，牵头单位为市农业农村局，市供销社配合；堤坝“清患”整治子行动，牵头单位为市水利局。", ("忻州市供销社", CON, "农膜回收子行动")),
    # 组织 inside 县委组织部 is no launch verb
    ("围场满族蒙古族自治县开展“效能攻坚年”活动。活动下设三个专项整治：“冷硬横推”问题专项整治由县纪委监委牵头，“多头跑”专项整治由县委组织部牵头，政务大厅“贴心行动”由县行政审批局牵头。", ("围场满族蒙古族自治县纪委监委", CON, "政务大厅贴心行动")),
    ("围场满族蒙古族自治县开展“效能攻坚年”活动。活动下设三个专项整治：“冷硬横推”问题专项整治由县纪委监委牵头，“多头跑”专项整治由县委组织部牵头，政务大厅“贴心行动”由县行政审批局牵头。", ("政务大厅贴心行动", Predicate.PART_OF_CAMPAIGN, "多头跑专项整治")),
    ("汉中市副市长表示，汉中依托汉中经济技术开发区产业集群，开展“秦巴好物”品牌提升行动。",
     ("汉中经济技术开发区", CON, "秦巴好物品牌提升行动")),
    # a place inside a quoted formulation before the verb is no actor
    ("绵阳市涪城区召开会议。持续推进“美丽四川·宜居乡村”建设,扎实开展农村人居环境整治提升三年行动。",
     ("四川省", CON, "农村人居环境整治提升三年行动")),
    # a body's seat is not guessed from the report's region (neither a bare-level body nor a school
    # named after the province)
    ("青田县召开卫生健康工作会议。青田县人民政府副县长出席。县人民医院、市妇幼保健中心专家开展义诊。",
     ("市妇幼保健中心", LOC, "青田县")),
    ("宜昌市召开推进会。湖北华宇职业技术学院负责培训。", ("湖北华宇职业技术学院", LOC, "宜昌市")),
    # a visit after the meeting's report is no attendance of the meeting
    ("泾阳县召开会议。3月5日,全县乡村振兴工作会议召开。县委书记王志刚出席会议并讲话。\n副市长赵磊一行到我县调研项目建设工作。",
     ("赵磊", ATT, "泾阳县乡村振兴工作会议")),
    # a public body funds, it does not invest as a company (某局将投资…建设)
    ("县水利局将投资2亿元建设清水河堤防加固工程。", ("县水利局", INV, "清水河堤防加固工程")),
    # two drives each launched in its own clause are peers, neither a part of the other
    ("今年以来,某县深入实施“链长护航”行动,全力打好稳链强链攻坚战。",
     ("链长护航行动", Predicate.PART_OF_CAMPAIGN, "稳链强链攻坚战")),
    # a province's report leaves unsaid in which of its cities a project lies: no guess
    ("湖北省召开项目建设推进会。湖北省今年新开工项目1200个,湖北省将持续发力,加快建设华宇智能装备产业园。",
     ("华宇智能装备产业园", LOC, "湖北省")),
    # a company's place is not guessed from the region the report is about
    ("宜昌市召开推进会。湖北华宇新能源汽车有限公司负责建设。", ("湖北华宇新能源汽车有限公司", LOC, "宜昌市")),
    ("宜昌市组织实施三个专项行动。\n（一）实施城区道路畅通行动。打通断头路。牵头单位：宜昌市交通运输局。\n"
     "（二）实施村容村貌“净化亮化”行动。清理乱堆乱放。牵头单位：宜昌市农业农村局。",
     ("宜昌市农业农村局", CON, "城区道路畅通行动")),
    # the 县长 of a county named by his committee is not the report's own county's
    ("6月5日,秭归县召开乡村振兴推进会。兴山县委常委、副县长罗明远介绍了经验。",
     ("罗明远", Predicate.HOLDS_POST, "秭归县")),
    # a school that names no place is not put in the report's region by default
    ("秭归县召开职业教育推进会。秭归县将加快发展。华宇理工学院负责培训。", ("华宇理工学院", LOC, "秭归县")),
    # a group or the standing committee a committee sets up for its work is placed nowhere
    ("宜昌市召开推进会。宜昌市将加快发展。市委常委会研究部署了相关工作,市委乡村振兴工作领导小组负责统筹。",
     ("宜昌市委常委会", LOC, "宜昌市")),
    ("宜昌市召开推进会。宜昌市将加快发展。市委常委会研究部署了相关工作,市委乡村振兴工作领导小组负责统筹。",
     ("宜昌市委乡村振兴工作领导小组", LOC, "宜昌市")),
    # a university named after another city is not in the city the report is about
    ("宜昌市召开科技大会。宜昌市支持重点企业与武汉理工大学共建研发中心。", ("武汉理工大学", LOC, "宜昌市")),
    # a university named after a part of the country is no local body, nor where it builds
    ("9月3日,秭归县召开柑橘产业推进会。秭归县联合西北华宇农业大学在茅坪镇建设柑橘新品种试验站。",
     ("西北华宇农业大学", LOC, "茅坪镇")),
    ("9月3日,秭归县召开柑橘产业推进会。秭归县与西北华宇农业大学签订合作协议,共建研发中心。",
     ("西北华宇农业大学", LOC, "秭归县")),
    # a province's own body named in full: its seat is not the report's city
    ("9月3日,宜昌市召开柑橘产业推进会。宜昌市将与湖北省柑橘产业中心合作,推进品种改良。",
     ("湖北省柑橘产业中心", LOC, "宜昌市")),
    # a town report's project is not put in the county by default
    ("秭归县茅坪镇召开人居环境整治推进会。会议指出,茅坪镇是柑橘核心产区,茅坪镇将把环境整治与产业发展结合起来。"
     "镇党委书记周立成表示,镇里将持续推进青岚溪上游生态保护修复项目,力争年内完工。",
     ("青岚溪上游生态保护修复项目", LOC, "秭归县")),
    # 中国特色社会主义 names no place for the meeting
    ("秭归县召开学习贯彻新时代中国特色社会主义思想主题教育动员大会。",
     ("学习贯彻新时代中国特色社会主义思想主题教育动员大会", LOC, "中国")),
    # a body named inside an earlier title did not issue the next one
    ("要认真学习《中共中央关于加强基层治理的意见》,对照学校印发的《某某学院治理实施方案》抓好落实。",
     ("某某学院治理实施方案", ISS, "中共中央")),
    ("秭归县召开乡村振兴推进会\n3月5日,秭归县乡村振兴推进会召开。会议指出,去年全县产业发展大会确定的目标任务全面完成。"
     "县委书记周立成出席并讲话。", ("周立成", ATT, "秭归县产业发展大会")),
    ("今年以来,全县上下坚持以乡村振兴统揽三农工作,围绕产业兴旺、生态宜居、乡风文明、治理有效、生活富裕的总要求,"
     "持续加大投入力度,完善基础设施,发展特色产业,农村面貌焕然一新,农民收入稳步增长,为全面推进乡村振兴打下了坚实基础。"
     "各乡镇结合实际,因地制宜,探索形成了一批可复制可推广的经验做法,涌现出一批先进典型。\n"
     "3月5日,秭归县乡村振兴推进会在县行政中心召开。会议指出,去年全县产业发展大会确定的目标任务全面完成。"
     "县委书记周立成出席并讲话。", ("周立成", ATT, "秭归县产业发展大会")),
    # 贯彻落实某某视察…重要讲话精神: the words studied, not a visit to the meeting
    ("6月5日,秭归县第十九届人民代表大会第三次会议开幕。会议深入贯彻落实周光明同志视察秭归时的重要讲话精神,审议政府工作报告。",
     ("周光明", ATT, "秭归县第十九届人民代表大会")),
    # 某县举行X仪式 as the headline: those present attended the event under its fuller name
    ("秭归县举行2024年重大项目集中签约仪式\n6月5日,秭归县2024年重大项目集中签约仪式在茅坪镇举行。12个项目集中签约,"
     "总投资86亿元。项目涉及新能源、新材料等领域,涵盖多个乡镇,将于年内陆续开工建设,建成后预计年产值超过120亿元,"
     "新增就业岗位3000个以上,对全县产业结构优化具有重要意义。县里将组建专班,全程跟踪服务,确保项目早落地、早投产、"
     "早见效。近年来,全县坚持把招商引资作为经济工作的生命线,围绕主导产业开展精准招商,持续优化营商环境,"
     "推行项目审批全程代办,企业开办时间压缩到一个工作日以内,一批投资规模大、科技含量高的项目相继落地。"
     "今年以来,全县新签约项目总投资同比增长三成以上,项目开工率、投产率均居全市前列,为县域经济发展注入了强劲动能。"
     "下一步,全县将持续深化放管服改革,落实周调度、月通报工作机制,推动更多优质项目落地生根、开花结果。\n"
     "秭归峡光新能源有限公司董事长吴立平代表签约企业致辞。",
     ("吴立平", ATT, "2024年重大项目集中签约仪式")),
    # 周调度、月通报: a formula, not a person reporting at the meeting
    ("4月2日,宜昌市招商引资推进会召开。会议要求实行周调度、月通报。", ("周调度", ATT, "宜昌市招商引资推进会")),
    # the lead units belong to their own item, not to the item above it
    ("(一)城市道路畅通专项行动。打通断头路。\n牵头单位:宜昌市交通运输局。\n\n此外,推进产业园建设。\n牵头单位:宜昌市经信局。",
     ("宜昌市经信局", CON, "城市道路畅通专项行动")),
    # the place after 在 is no actor
    ("5月8日,秭归华宇集团有限公司党委在宜昌市夷陵区集团总部举办学习贯彻新时代中国特色社会主义思想主题教育读书班。",
     ("夷陵区", CON, "学习贯彻新时代中国特色社会主义思想主题教育")),
    ("宜昌市三峡理工学院召开学习贯彻新时代中国特色社会主义思想主题教育推进会。三峡理工学院党委书记王立民出席。"
     "会议指出,开展主题教育是党中央作出的重大部署。三峡理工学院将抓好落实,为宜昌市发展作贡献。",
     ("宜昌市", CON, "学习贯彻新时代中国特色社会主义思想主题教育")),
    # the actor of 把A与B结合起来 is the place named there, not the one running A
    ("秭归县委在全县部署开展“党员联户”实践活动，茅坪镇作为示范镇，把实践活动与柑橘产业提质增效攻坚战结合起来。",
     ("秭归县", CON, "柑橘产业提质增效攻坚战")),
    # a plan period and the words of a speaker are no formulations of the campaign beside them
    ("秭归县深入开展“勇当先锋”大讨论,为“十四五”开好局。", ("十四五", Predicate.ASSOCIATED_WITH, "勇当先锋大讨论")),
    ("秭归县持续开展“招大引强”专项行动。\n签约企业代表表示,“从洽谈到签约只用了不到两个月,我们对项目早日投产充满信心”。",
     ("从洽谈到签约只用了不到两个月,我们对项目早日投产充满信心", Predicate.ASSOCIATED_WITH, "招大引强专项行动")),
    # in a report about one drive, a formulation naming a programme of its own (“某某”战略, “某某”建设, “某某”品牌)
    # or a figure of speech (成为…的“某某”。) is no part of the drive
    ("秭归县深入开展“勇当先锋”大讨论。\n全县坚定推进“生态立县”战略,茶叶产量稳步增长。",
     ("生态立县", Predicate.ASSOCIATED_WITH, "勇当先锋大讨论")),
    ("秭归县深入开展“勇当先锋”大讨论。\n下一步将深入推进“平安秭归”建设,信访总量下降。",
     ("平安秭归", Predicate.ASSOCIATED_WITH, "勇当先锋大讨论")),
    ("秭归县深入开展“勇当先锋”大讨论。\n秭归地处三峡库区,是宜昌、恩施两地的“周末后花园”,也是柑橘之乡。",
     ("周末后花园", Predicate.ASSOCIATED_WITH, "勇当先锋大讨论")),
    # two drives named as often: a loose formulation elsewhere belongs to neither
    ("秭归县开展“招大引强”专项行动。\n秭归县开展“作风提升”专项整治。\n各村推行“三查三改”的管护模式,成效明显。",
     ("三查三改", Predicate.ASSOCIATED_WITH, "招大引强专项行动")),
    ("秭归县开展“招大引强”专项行动。\n秭归县开展“作风提升”专项整治。\n各村推行“三查三改”的管护模式,成效明显。",
     ("三查三改", Predicate.ASSOCIATED_WITH, "作风提升专项整治")),
    ("大理州农产品冷链物流中心、洱源县乳业产业园等项目加快建设。大理州农产品冷链物流中心位于大理经济技术开发区。",
     ("大理州农产品冷链物流中心", LOC, "大理白族自治州")),
    # two drives joined by 暨 are run together, neither a part of the other
    ("今天召开全区“担当奋进”大讨论暨“我为企业解难题”实践活动推进会。",
     ("我为企业解难题实践活动", Predicate.PART_OF_CAMPAIGN, "担当奋进大讨论")),
    # a company named as often as the county is no actor of a county speech that speaks of 全县
    ("宜昌市远安县召开项目建设动员大会，湖北华锦新材料有限公司作表态发言。\n去年以来，全县上下认真落实部署。"
     "湖北华锦新材料有限公司投资12亿元建设产业园。\n今年，要深入开展“项目攻坚年”活动。全县要把项目建设作为头等大事，确保全县经济稳中有进。",
     ("湖北华锦新材料有限公司", CON, "项目攻坚年")),
    ("秭归县人民政府办公室关于印发秭归县柑橘产业提质攻坚行动实施方案的通知\n《秭归县柑橘产业提质攻坚行动实施方案》已经县政府同意，现印发给你们。\n秭归县柑橘产业提质攻坚行动实施方案\n根据《宜昌市柑橘产业振兴三年行动方案》精神，结合我县实际，制定本方案。\n（一）品种改良行动。由县农业农村局牵头，县林业局配合，推广优良品种。\n", ("品种改良行动", Predicate.PART_OF_CAMPAIGN, "宜昌市柑橘产业振兴三年行动")),
    ("秭归县人民政府办公室关于印发秭归县柑橘产业提质攻坚行动实施方案的通知\n《秭归县柑橘产业提质攻坚行动实施方案》已经县政府同意，现印发给你们。\n秭归县柑橘产业提质攻坚行动实施方案\n根据《宜昌市柑橘产业振兴三年行动方案》精神，结合我县实际，制定本方案。\n（一）品种改良行动。由县农业农村局牵头，县林业局配合，推广优良品种。\n", ("秭归县林业局", CON, "品种改良行动")),
    ("秭归县委召开全会。全会明确，实施柑橘产业振兴三年行动。柑橘产业振兴三年行动下设良种繁育行动、冷链物流补链行动、品牌推广行动，分别由县农业农村局、县商务局、县市场监管局牵头实施。\n“百日攻坚”行动下设“项目清零”专项行动和“服务进企”专项行动。“项目清零”专项行动由县发改局牵头，逐一清理项目。", ("秭归县商务局", CON, "良种繁育行动")),
    ("秭归县委召开全会。全会明确，实施柑橘产业振兴三年行动。柑橘产业振兴三年行动下设良种繁育行动、冷链物流补链行动、品牌推广行动，分别由县农业农村局、县商务局、县市场监管局牵头实施。\n“百日攻坚”行动下设“项目清零”专项行动和“服务进企”专项行动。“项目清零”专项行动由县发改局牵头，逐一清理项目。", ("秭归县", CON, "冷链物流补链行动")),
    # a department's own notice: 在全市开展 is the department's drive, not the city's nor the province's
    ("宜昌市农业农村局关于开展2024年农资打假专项行动的通知\n各县市区农业农村局：\n为贯彻落实湖北省农业农村厅《关于印发〈2024年全省农资打假专项行动方案〉的通知》要求，决定在全市开展2024年农资打假专项行动。", ("湖北省", CON, "2024年农资打假专项行动")),
    ("宜昌市农业农村局关于开展2024年农资打假专项行动的通知\n各县市区农业农村局：\n为贯彻落实湖北省农业农村厅《关于印发〈2024年全省农资打假专项行动方案〉的通知》要求，决定在全市开展2024年农资打假专项行动。", ("宜昌市", CON, "2024年农资打假专项行动")),
    # 在某市委、市政府的坚强领导下: the city leads, the county acts
    ("秭归县召开大会。去年以来，在宜昌市委、市政府的坚强领导下，全县上下认真落实“招大引强”活动部署。全县要抓好落实，全县干部要奋勇争先。",
     ("宜昌市政府", CON, "招大引强活动")),
    # the bodies whose plan is followed (落实省委和某市委部署), and what a drive centres on (以甲、乙为重点), are no actors
    ("宜昌市夷陵区召开全会。全区上下认真落实省委和宜昌市委部署，深入开展“作风建设提升年”活动。全区要抓好落实，全区干部要奋勇争先。", ("宜昌市委", CON, "效能攻坚年活动")),
    ("宜昌市召开推进会。宜昌以秭归脐橙、兴山茶叶、夷陵柑橘三大产业为重点，实施“数字赋能”专项行动。", ("秭归县", CON, "数字赋能专项行动")),
    # a quoted channel or group (通过“某某发布”等平台) is no formulation of the campaign
    ("秭归县深入开展“勇当先锋”大讨论,通过“秭归发布”等平台广泛征集意见建议。",
     ("秭归发布", Predicate.ASSOCIATED_WITH, "勇当先锋大讨论")),
    # the item's drive is no part of the drive named after it in its sentence
    ("确保秭归县优化营商环境攻坚专项行动取得实效。一是开展审批提速攻坚,全面推行一窗受理。"
     "二是开展用地保障攻坚,由县纪委监委牵头开展“慢作为”问题专项整治。",
     ("用地保障攻坚", Predicate.PART_OF_CAMPAIGN, "慢作为问题专项整治")),
]


@pytest.mark.parametrize("text,triple", FOUND)
def test_found(text, triple, ctx, pipeline):
    got, _ = triples(text, ctx, pipeline)
    assert triple in got, sorted((h, p.value, t) for h, p, t in got if p is not Predicate.PART_OF)


@pytest.mark.parametrize("text,triple", ABSENT)
def test_absent(text, triple, ctx, pipeline):
    got, _ = triples(text, ctx, pipeline)
    assert triple not in got


def test_relations_keep_their_sentence(ctx, pipeline):
    text = FOUND[0][0]
    _, ann = triples(text, ctx, pipeline)
    doc = make_document(text)
    for r in ann.relations:
        assert r.evidence.quote and r.evidence.quote in doc.text


def test_document_drives_are_launched_not_credited(ctx, pipeline):
    """In a report about one 大讨论, a drive it launches (开展X) is part of it; a drive credited
    with a result (通过开展X) or listed beside another top-ranked campaign is not."""
    text = ("秭归县召开“勇当先锋、争创一流”大讨论推进会。\n会议指出,“勇当先锋、争创一流”大讨论开展以来成效明显。\n"
            "全县深入开展“我为企业解难题”实践活动,走访企业300余家。\n"
            "通过开展“百日百企”专项行动,全县新开工项目30个。\n"
            "要打好污染防治攻坚战;深入开展安全生产专项整治,守牢底线。")
    got, _ = triples(text, ctx, pipeline)
    parts = {(h, t) for h, p, t in got if p is Predicate.PART_OF_CAMPAIGN}
    assert parts == {("我为企业解难题实践活动", "勇当先锋、争创一流大讨论")}


def test_a_speech_to_a_sector_has_its_department_run_the_drives(ctx, pipeline):
    """在全省某某系统…上的讲话 under the byline of a department's head: what is run without naming
    who, or 在全省开展, the department runs, not the province."""
    text = ("在全省林业系统“强基提能”大讨论推进会上的讲话\n山东省林业局党组书记、局长 王建国\n同志们：\n"
            "今年以来，深入开展“强基提能”大讨论，在全省开展“护林清源”专项行动。")
    got, _ = triples(text, ctx, pipeline)
    runners = {(h, t) for h, p, t in got if p is CON}
    assert runners == {("山东省林业局党组", "强基提能大讨论"), ("山东省林业局党组", "护林清源专项行动")}


def test_projects_opened_by_a_place_not_by_a_company(ctx, pipeline):
    """A project whose name opens with a town the report names lies there; one named after the
    company building it is not placed by the city in the company's name."""
    text = ("洛阳高新区召开项目推进会。会议要求,依托辛店街道工业基础,加快建设辛店智能装备产业园。"
            "会上,洛阳华宇智能装备有限公司高端轴承项目签约,洛阳高新区将做好服务,为洛阳高质量发展作贡献。")
    got, _ = triples(text, ctx, pipeline)
    placed = {(h, t) for h, p, t in got if p is LOC}
    assert ("辛店智能装备产业园", "辛店街道") in placed
    assert ("洛阳华宇智能装备有限公司高端轴承项目", "洛阳市") not in placed
