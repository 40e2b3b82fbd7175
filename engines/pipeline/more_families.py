# ruff: noqa: E501  (template tables: one template per line reads best)
"""More sentence families for the generator (datagen.py's template language).

Written in four rounds by twenty-four further authors, each on one locale and intent group,
from the template language, LABELS.md, the lexicon and CONTRACT.md only: they saw neither
evaluation results nor the independent natural test sets, so these phrasings are not a reflection
of either. datagen merges the first three rounds (``ZH``, ``EN``) into its tables; the held-out
split treats them like every other family. The fourth round is held back from the GLM's data
(``HELD_BACK_*``); the lexical intent prior trains on it (``datagen.HELD_BACK_FAMILIES``).
"""

from __future__ import annotations

_ZH_BOOK_UNK: dict[str, tuple[tuple[str, str], ...]] = {
    "book_car_wash": (
        # a reason (an occasion) first, then the request
        ("n_occasion_01",
         "(要去|得去|准备去)(见客户|接领导|见丈母娘|参加婚礼|接老丈人)，"
         "车(得|要|总得)(弄干净点|收拾收拾|像样点|拾掇一下)，"
         "{time}(帮我|给我|你帮我)(约|订|安排)(个|一个){svc}[，{store}]"),
        ("n_trip_back_01",
         "(刚|才|昨天刚)(跑完长途|自驾回来|从老家回来|从山里回来)，"
         "(车脏得没法看了|车上全是泥点子|车一身的土|车头糊满了虫子)，"
         "(帮我|给我)(约|安排)(个|一个){svc}[，{time}][，{store}]"),
        ("n_bird_01",
         "(车顶|引擎盖|前挡|车身)上(落了好多|全是|好多)(鸟屎|树胶|杨絮|柳絮|落叶|灰)，"
         "(得|要|)赶紧(弄掉|清一清|处理一下)，{time}(帮我|)(约|订)(个|一个){svc}[，{store}]"),
        ("n_suggest_01",
         "{fill}要不(然|)[{time}]去{store}{svc:v}吧，(你|)(帮我|给我|)(约|订)一下"),
        ("n_ask_ok_01",
         "你看{time}(行不行|合不合适|可以不|成不成)，(行|可以|合适|成)的话"
         "(帮我|给我|就)(约|订)(个|一个){svc}[，{store}]"),
        ("n_ramble_01",
         "我跟你说(啊|哈|)，(这车|我这车|我这破车)(好久没收拾了|一个多月没打理了|脏得不像样了)，"
         "你(给我|帮我){time}(约|订)(一个|个){svc}[，就{store}(吧|)]"),
        ("n_settle_01",
         "(把|)[{store:short}]{time}的{svc}(给我|帮我)(定下来|敲定|落实一下|搞定)(吧|)"),
        ("n_coupon_01",
         "(优惠券|团购券|代金券|会员卡里的次数)(快过期了|快到期了|还没用)，"
         "{time}(帮我|给我)(约|订)(个|一个)[{store:short}的]{svc}(用掉|用了|)"),
        ("n_old_rule_01",
         "(老规矩|老样子|照旧|还跟上回一样)(吧|)，{store:short}{p}{svc}{p}{time}"),
        ("n_make_room_01",
         "{time}{store:short}(能不能|能|可不可以)(给我|帮我)(腾个|挤个|匀个|加个)(位置|空儿|号)"
         "(出来|)，(我|)(想|要|)({svc:v}|过去{svc:v})"),
        ("n_matter_01",
         "(你|)(帮我|给我)把{svc}的事(儿|)(安排|弄|办|张罗)一下[，{time}][，{store}]"),
        ("n_weather_cond_01",
         "{time}要是(不下雨|天晴|没雨|天气好|不刮风)(的话|)，(就|)(帮我|给我)(约|订)(个|一个)"
         "{svc}[，{store}]"),
        ("n_crowd_01",
         "{time}(人应该少点|人少|不用排队|店里不忙|没那么多人)，(帮我|给我|就)(约|订)(个|一个)"
         "{svc}[，{store}]"),
        ("n_any_store_01",
         "(店|门店|哪家店|去哪家)(无所谓|随便|你定|都行|都可以)，{time}(给我|帮我)(约|订)个{svc}"
         "(就行|就好|)"),
        ("n_tell_store_01",
         "(帮我|你|)跟{store}(说一声|打个招呼|知会一声)，(我|){time}(过去|到|开过去){svc:v}"),
        ("n_self_correct_01",
         "(帮我|)(约|订)个{svc}，{old}……(不对|哦不|不不不|等一下)，{time}吧[，{store}]"),
        ("n_errand_01",
         "(我|)(要去|得去)(公司|单位|医院|学校|客户那儿|银行)(办点事|一趟)，"
         "(完了|办完|回来的时候)(顺路|顺道|)(去|到){store}{svc:v}，{time}(吧|就行|)，"
         "(帮我|给我|)(约上|约一下|订一下)"),
        ("n_after_work_01",
         "(下了班|下班以后|下班后|接完孩子)(顺道|顺便|直接|)(去|到){store}{svc:v}，"
         "{time}(吧|)，(帮我|给我|)(留个位置|约一下|订个号)"),
        ("n_mixed_schedule_01",
         "(帮我|给我)(schedule|reserve)(一个|个|一下){time}的{svc}[，{store}]"),
        ("n_mixed_svc_en_01",
         "{time}(想|要|打算)(做个|来个|搞个){svc:en}，(帮我|给我)(安排|约)一下[，{store}]"),
        ("n_followup_01",
         "(对|嗯|是的|没错|对对对)，(约个|订个|就|就要)[{store:short}的]{svc}，{time}(的|吧|)"),
        ("n_how_01",
         "{time}(想|要)(约|预约)(个|一个|){svc}，(该|)(怎么|咋)(弄|约|操作)(啊|呀|)，"
         "(你|)(直接|)(帮我|给我)(弄|约|办)一下(吧|)[，{store}]"),
        ("n_topic_slot_01",
         "{svc}(给我|帮我|麻烦)(排|约|放)(在|到){time}[，{store}](吧|)"),
        ("n_white_car_01",
         "(白车|浅色车|黑车|我这黑车)(一脏就特别明显|脏了特别显|落点灰就看得出来)，"
         "(帮我|给我)(约|订)(个|一个){svc}[，{time}][，{store}]"),
        ("n_kids_01",
         "(孩子|小孩|狗|家里的猫)把(后座|车里|座椅)(弄得一团糟|弄得全是零食渣|弄得全是毛|弄脏了)，"
         "{time}(帮我|给我)(约|订)(个|一个){svc}[，{store}]"),
        ("n_before_trip_01",
         "(出远门|跑长途|回老家|自驾游)(之前|前)(想|要|得)先{svc:v}，{time}[，{store}]，"
         "(帮我|)(约一下|约上|订上)"),
        ("n_rain_stopped_01",
         "(这雨|雨|雪)(总算|终于|可算)停了，{time}(赶紧|)(去|到){store}{svc:v}，"
         "(帮我|给我|)(约|订)(一下|个位置)"),
        ("n_slang_01",
         "(车|这车|我这车)得(拾掇拾掇|捯饬捯饬|收拾收拾|好好弄弄)了，{time}(去|上){store}{svc:v}"
         "[，(你|)(帮我|给我)约(一下|上)]"),
        ("n_notify_01",
         "{time}(帮我|给我)(约|订)个{svc}[，{store}]，(约好了|订好了|弄好了)"
         "(告诉我|跟我说一声|给我发个消息)"),
        ("n_time2_think_01",
         "{time:day}吧，(我看看|让我想想|我想想|我算算)，{time2:clock}(应该|估计|大概)"
         "(行|可以|没问题)，(帮我|给我|)(约|订)个{svc}[，{store}]"),
        ("n_time2_what_time_01",
         "{time:day}(给我|帮我)(约|订)个{svc}[，{store}]，几点(呢|啊|)……(就|那就|嗯，)"
         "{time2:clock}(吧|)"),
        ("n_time2_day_off_01",
         "{time:day}(我|)(休息|不上班|有空|在家)，(就|那就|)(约|订){time2:clock}的{svc}(吧|)"
         "[，{store}]"),
    ),
    "unknown": (
        ("n_wash_mode_01", "{hi}{fill}(打开|开启|进入|切换到|退出)(洗车模式|洗车档)"),
        ("n_wash_prep_01",
         "(关上车窗|把车窗都关上|关一下天窗|把天窗关好|升起所有车窗)，(马上|要|准备)(进|过)"
         "(自动洗车|洗车房|洗车机|隧道洗车)了"),
        ("n_mirror_01",
         "(把|)后视镜(折起来|收起来|折叠一下)(吧|)，(要|准备|马上)(进|过)(洗车房|洗车机)了"),
        ("n_washed_past_01",
         "(我|)(昨天|前天|上周|周末|早上)(刚|才|)(在{store}|)洗(过|了|的)车，"
         "(怎么|结果|今天|)又(脏了|下雨了)"),
        ("n_review_01",
         "{store}(洗得|洗车|做精洗|打蜡)(怎么样|干净吗|靠谱吗|口碑如何|评价好不好){qend}"),
        ("n_complain_01",
         "(上次|昨天|前天|上周末|上个礼拜)在{store}(做的|洗的)(车|精洗|打蜡|内饰清洗)"
         "(不干净|把漆划了|留了好多水印|把东西弄丢了)，(帮我|我要)(投诉|反馈)(一下|)"),
        ("n_invoice_01",
         "(帮我|)(开|要)(一张|一下|个)(上次|昨天|上周|刚才)(洗车|精洗|打蜡|内饰清洗)的(发票|收据|电子发票)"),
        ("n_card_balance_01",
         "(我的|)(洗车卡|会员卡|洗车套餐|次卡)(还剩|还有)(几次|多少钱|多少次|多少余额){qend}"),
        ("n_diy_howto_01",
         "(自己|在家)(洗车|打蜡)(用什么|该买什么|买哪种)(洗车液|毛巾|水枪|车蜡)(好|比较好){qend}"),
        ("n_diy_plan_01",
         "{time}我(打算|准备|想)自己(在家|在小区楼下|拿水管|用水枪)(擦擦车|冲冲车|把车擦一遍)"),
        ("n_wash_index_01", "{time:day}(的|)洗车指数(怎么样|高不高|是多少|适不适合){qend}"),
        ("n_jinx_01",
         "(为什么|怎么|凭什么)(我|)(一洗车就下雨|每次洗完车就下雨|刚洗完车就下雨)(啊|呢|)"),
        ("n_translate_01",
         "(洗车|精洗|打蜡|内饰清洗|预约)(用英语|英文|用日语)怎么说"),
        ("n_test_drive_01",
         "(帮我|)(预约|约|订)(一下|个){time}(去{place}|)的(试驾|看车|验车|提车)"),
        ("n_queue_rest_01",
         "(帮我|)在{place}的(海底捞|餐厅|火锅店|烤鸭店|奶茶店)(排个号|取个号|拿个号)"
         "[，{time}(过去|到)]"),
        ("n_pet_beauty_01",
         "(帮我|)(约|预约)(个|一个){time}的(宠物美容|宠物洗澡|狗狗洗澡|美容院|面部护理|皮肤护理)"),
        ("n_home_clean_01",
         "(帮我|)(约|预约|找)(个|一个){time}上门(清洗空调|清洗油烟机|洗沙发|清洗地毯|做保洁)的"
         "(师傅|服务|阿姨)"),
        ("n_body_shop_01",
         "(帮我|)(约|预约|订)(个|一个){time}的(贴膜|补漆|钣金|换挡风玻璃|改装|喷漆)"
         "[，(在|去){place}]"),
        ("n_restrict_01",
         "{time:day}(限不限行{qend}|限行吗|尾号限几{qend}|限行尾号是多少|我的车限不限行{qend})"),
        ("n_car_status_01",
         "(查一下|看看|帮我看下|报一下)(胎压|油量|剩余电量|续航|机油寿命|保养里程|还能跑多远)"),
        ("n_share_loc_01",
         "把{store}的(位置|地址|定位)(发给|分享给|转发给)(老婆|我老公|张三|朋友|同事)"),
        ("n_favorite_01",
         "把{store}(收藏一下|设为常用地址|加到收藏夹|存成常去的地方|设成途经点)"),
        ("n_call_store_01",
         "(给{store}打个电话|打电话给{store}|拨一下{store}的电话|{store}的电话是多少)"),
        ("n_msg_wash_01",
         "(给|跟)(老婆|老公|我妈|同事)(发个消息|发微信|说一声)，(说|)"
         "我(在{store}洗车|在洗车店排队|正在洗车)呢，(晚点|晚一会儿|晚半小时)(回去|到)"),
        ("n_nav_time_01",
         "{time}(出发|走)去{store}，(先|)(设个|规划一下|帮我设好|提前设好)(导航|路线)"),
        ("n_policy_01",
         "(洗车|精洗|打蜡|预约)(能|可以|最多能)提前(几天|多久|多少天)(约|预约|订){qend}"),
        ("n_policy_02",
         "(预约了|约了|订了)(不去|没去|迟到了)(会扣钱吗|有影响吗|要付违约金吗|会不会扣信用分)"),
        ("n_recommend_01",
         "(推荐几家|推荐一家|搜一下|有哪些)(附近|{place}那边)(评分高|口碑好|便宜|人少)的洗车(店|的地方)"),
        ("n_self_service_01",
         "(附近|{place}那边)(哪有|有没有|哪里有)(自助洗车|自助洗车的地方|二十四小时洗车机)"),
        ("n_smell_01",
         "车里有(股|点)(怪味|霉味|烟味|汽油味)，(开一下|打开|帮我开)(新风|空气净化|外循环|车窗)"),
        ("n_calendar_01",
         "(在|往)日历(里|上)(加|记)(一个|个){time}(开会|去{place}|接孩子|聚餐)的(日程|安排)"),
        ("n_remind_wash_01",
         "(提醒我|记得提醒我|到时候提醒我){time}(去洗车|给车打蜡|去把车洗了|去做个精洗)"),
        ("n_pay_01",
         "(帮我|)(付一下|结一下|扫码付)(上次|刚才)(洗车|精洗|打蜡)的(钱|账|费用)"),
    ),
}

_ZH_MANAGE: dict[str, tuple[tuple[str, str], ...]] = {
    "cancel_booking": (
        ("n_cancel_mistake_01",
         "{hi}(刚才|刚刚)(那个|)(预约|洗车预约|单子)(约错了|订错了|点错了|下错了)，"
         "(帮我|麻烦|你|)(撤回|撤销|取消)(一下|掉|)(吧|)"),
        ("n_cancel_plans_changed_01",
         "(计划有变|行程变了|安排有变)，{time}(的|那个)(洗车|{svc}|预约)(先|就|)"
         "(不做了|取消吧|取消掉|不弄了)"),
        ("n_cancel_rain_01",
         "{time}(要下雨|说是有雨|有大雨|要下雪)，(洗了也白洗|洗了白洗|洗了也没用)，"
         "(把|)(洗车|预约|那个{svc})(取消了吧|退了吧|取消掉|撤了吧)"),
        ("n_cancel_already_done_01",
         "车(已经|刚)(洗过了|洗完了|在别家洗了|让朋友帮忙洗了)，"
         "{time}(的|那个)(预约|{svc}|洗车)(就|)(不用了|取消吧|退了吧|用不着了)"),
        ("n_cancel_can_you_01",
         "((能不能|可不可以|能否)(帮我|)把[{store:short}]{time}(的|那个)(预约|{svc}|洗车)"
         "(取消|退掉|撤了)(呀|)|(可以|能)(帮我|)把[{store:short}]{time}(的|那个)(预约|{svc}|洗车)"
         "(取消|退掉|撤了)吗)(？|)"),
        ("n_cancel_all_01",
         "(把|)我(所有的|全部的|名下的|现在的)(洗车|)预约(都|全|全部)(取消|清空|撤了|退了)(吧|)"),
        ("n_cancel_car_gone_01",
         "(车|车子)(送修了|卖了|借出去了|进厂大修了|被老婆开走了)，"
         "({time}那个|{time}的|那个)(洗车|{svc}|预约)用不上了，(取消|退掉|撤了)(吧|)"),
        ("n_cancel_sorry_01",
         "(不好意思|抱歉|对不起啊)，{time}(我|)(可能|恐怕|估计|)(过不去|到不了|去不成)了，"
         "(麻烦|帮我|)(取消|退)(一下|掉)(预约|)"),
        ("n_cancel_release_slot_01",
         "(别|不用)(去|)(洗车|做{svc})了，(帮我|)把{store:short}(那个|的)(号|位置|名额)"
         "(退了|让出来|释放掉|还回去)"),
        ("n_cancel_afterthought_01",
         "(取消|撤销|退掉)(吧|)，(就是|)(那个|)(我|){time}(约的|订的)(洗车|{svc})"),
        ("n_cancel_dialog_confirm_01",
         "(对|是的|没错|嗯对)，(就是|)(那个|){time}的(洗车|{svc}|预约)，(确认|确定|帮我)取消"),
        ("n_cancel_dont_hold_01",
         "{time}(那个|的)(位置|号|名额)(不用|别|就不用)(给我|帮我|)(留|保留|占着)了(吧|)"),
        ("n_cancel_not_resched_01",
         "(不改时间了|也不用改期了|不用改了|改来改去太麻烦)，(那个|)(洗车|预约|{svc})"
         "(直接|干脆|还是)(取消|退掉|撤了)(吧|)"),
        ("n_cancel_traffic_01",
         "(路上太堵了|堵车堵死了|前面出事故了|赶不上了)，{store:short}(那个|的)(预约|{svc}|洗车)"
         "(算了|不去了)，(取消吧|帮我退了|撤了吧)"),
        ("n_cancel_unsubscribe_01",
         "我(订|约)的[{time}的]{svc}(不要了|要退订|想退订|退了吧)"),
        ("n_cancel_want_01",
         "{want}(取消|撤销|退订)(一下|)[{store:short}]{time}的(洗车|{svc})(预约|)"),
        ("n_cancel_no_need_01",
         "{time}(的|)(洗车|{svc})(没必要|用不着|不需要)了，(帮我|麻烦|)(取消|撤)(了吧|掉吧|一下)"),
        ("n_cancel_ramble_01",
         "{fill}我之前不是(约了|订了)(个|一个){time}的(洗车|{svc})嘛，(现在|结果|)"
         "(用不上了|去不了了|不想去了)，(你|)(帮我|给我)(取消|退)(了吧|掉吧|一下)"),
        ("n_cancel_proxy_01",
         "(我老婆|我爱人|我同事|我助理)(帮我|替我)(约|订)的{time}(的|那个)(洗车|{svc})，"
         "(取消掉|我不去了取消吧|帮我退了)"),
        ("n_cancel_time2_01",
         "{time:day}的(洗车|{svc})，(就是|)(约在|)({time2:clock})(那个|那一单|那场)，"
         "(帮我|)(取消掉|撤了|取消了吧|退了)"),
        ("n_cancel_time2_02",
         "{time:day}在{store:short}(有个预约|约了个洗车|约了个{svc}|有个{svc})，{time2:clock}的，"
         "(不去了|取消吧|帮我退了)"),
        ("n_cancel_asr_01", "{fill}(取消|撤销|退订) {store:short} {time}[ {svc}]"),
    ),
    "reschedule_booking": (
        ("n_resched_from_to_01",
         "(洗车预约|预约|洗车时间|预约时间|{svc})(从|由){old}(改到|改成|挪到|调整到){time}"),
        ("n_resched_change_mind_01",
         "(还是|那还是|要不还是|想了想还是){time}(吧|好了)，(把|)(预约|洗车|{svc})"
         "(改一下|改过去|调过去|挪过去)"),
        ("n_resched_postpone_01",
         "(预约|洗车|{svc})(推迟|延后|顺延|往后延)(一天|两天|一周|几天|一个礼拜)，"
         "(就是|也就是|改到|挪到){time:day}"),
        ("n_resched_keep_store_01",
         "(门店|店|地方)不变，(只|就|只是)(把|)时间(改到|换成|挪到|调到){time}"),
        ("n_resched_can_change_01",
         "{old}的(洗车|预约|{svc})(还能改吗|能改期吗|能不能改)，(想|我想)(改到|换到|挪到){time}"),
        ("n_resched_earlier_free_01",
         "(我|){time}(就|)(有空|能到|能过去|办完事)了，((能不能|可不可以)把(洗车|预约|{svc})"
         "(提前|挪到前面)(一点|)|(能|可以)把(洗车|预约|{svc})(提前|挪到前面)(一点|)吗)"),
        ("n_resched_day_only_01",
         "(日子|日期|那天)(换一下|改一下|得换)，(改到|换成|挪到){time:day}，(时间|几点)"
         "(不变|照旧|还是原来的)"),
        ("n_resched_traffic_01",
         "(路上太堵|堵车了|前面出事故了|导航显示还堵着呢)，{old}(肯定|可能|估计)赶不到了，"
         "(帮我|)(改|挪|顺延)到{time}"),
        ("n_resched_check_move_01",
         "{time}(还有没有空位|有没有位置|还有号吗|有空位吗)(？|，)(有的话|有就|能的话)(把|)(我的|)"
         "(预约|洗车|{svc})(改|挪|换)过去"),
        ("n_resched_terse_01", "{fill}(改期|改个期|延期|改约)(，|到|)({time})"),
        ("n_resched_help_01",
         "(帮我|给我|麻烦)(改个期|改一下期|调个时间|换个时间)，(那个|)(洗车|{svc}|预约)"
         "(放到|安排到|挪到){time}(去|)"),
        ("n_resched_new_store_01",
         "把(预约|洗车|{svc})(换到|挪到|转到){store}，{time}(过去|)，原来(那个|的)(就|)"
         "(不要了|作废)"),
        ("n_resched_dialog_confirm_01",
         "(对|嗯|是的|没错)，(就|)(改到|换成|调到){time}，(确认|确定)(修改|改期|改)"),
        ("n_resched_dont_cancel_01",
         "(先|)(别|不要)取消，(帮我|)(改到|挪到|换到){time}(就行|就好|吧)"),
        ("n_resched_too_early_01",
         "{old}((太早了|起不来|太赶了)，(换|改)(个|)晚(一点|点)的(时间|)|"
         "(太晚了|回来太晚|天都黑了)，(换|改)(个|)早(一点|点)的(时间|))(吧|)，{time}(怎么样|行不行|吧)"),
        ("n_resched_conflict_01",
         "{old}(临时|突然)(要开会|有个会|要去接孩子|要出差)，(跟|和)(洗车|预约|{svc})(冲突|撞了)，"
         "(换到|挪到|改成){time}(吧|)"),
        ("n_resched_mixed_01",
         "(帮我|)把(car wash |{svc:en} |预约|洗车)(reschedule|改|move)到{time}"),
        ("n_resched_void_old_01",
         "(原来|之前)(约|订)的{old}(作废|不算了|不行了)，(重新|帮我|)(约|排|定)到{time}"),
        ("n_resched_late_01",
         "(我|)(可能|估计|)(要|会)(晚到|迟到)(一会儿|一点|一阵)，(帮我|)把(预约|洗车|{svc})"
         "(顺延|往后顺|往后挪)到{time}(吧|)"),
        ("n_resched_ramble_01",
         "{fill}我之前(约|订)了个{old}的(洗车|{svc})，(结果|但是|可是)(那天|那会儿)"
         "(有事|要出差|走不开)，(你|)(看看能不能|帮我|能不能)(挪到|改到){time}"),
        ("n_resched_instead_of_01",
         "(不去|别排){old}了，(换成|改成){time}(去|)[{store}](，谢谢|吧|)"),
        ("n_resched_time2_01",
         "(预约|洗车)(改一下|帮我改改)，{time:day}(我|)(在家|有空|休息)，{time2:clock}"
         "(左右|前后|那会儿)(过去|可以|都行)"),
        ("n_resched_time2_02",
         "把{store:short}(的|那个)(洗车|{svc}|预约)(挪|改)到{time:day}，(还是|也是|时间改成)"
         "{time2:clock}"),
        ("n_resched_time2_03",
         "{old}的(预约|洗车)(往后|)(推|挪)一(天|下)，(推到|就){time:day}(吧|)，时间"
         "(改成|就|定在){time2:clock}"),
        ("n_resched_time2_04",
         "(改期|改约|换个时间)：{time:day}，(几点|时间)(的话|)(就|){time2:clock}(吧|)"),
        ("n_resched_question_01",
         "(我|)(想|能不能|可不可以)把[{store:short}](那个|)(洗车|{svc}|预约)的时间(往后|往前|)"
         "(调一调|挪一挪|改一改)，(调到|挪到|改到){time}{qend}"),
    ),
    "query_booking": (
        ("n_query_forgot_01",
         "(我|)(忘了|记不清了|想不起来了|有点忘了)，(我约的洗车|我订的洗车|约的洗车|我约的{svc}|我的预约|我那个预约)是"
         "(几点|哪天|什么时候|哪家店)(来着|了|)"),
        ("n_query_is_it_time_01",
         "我(约的洗车|订的洗车|约的{svc}|订的{svc}|的预约|的洗车预约)是不是{time}(来着|啊|呀|)(？|)"),
        ("n_query_is_it_store_01",
         "我(约的洗车|订的洗车|约的{svc}|的预约)是不是(在|){store}(来着|啊|)(？|)"),
        ("n_query_am_i_going_01",
         "我{time}是不是(要|得|该)去{store:short}(洗车|{svc:v})(来着|啊|)(？|)"),
        ("n_query_no_sms_01",
         "(怎么|为什么|咋)(还|)没(收到|看到)(洗车|)预约(的|)(确认|成功)(短信|通知|消息)(啊|呢|)"
         "[，{time}的(那个|)]"),
        ("n_query_arrive_when_01",
         "{time:day}(去|在){store:short}(洗车|{svc:v})，(我|)(该|要|得)几点(到|到店|过去)(来着|){qend}"),
        ("n_query_countdown_01",
         "(离|距离)(我的|)(洗车|预约|{svc})(还有|还剩)(多久|多长时间|几天|几个小时){qend}"),
        ("n_query_list_01",
         "(列一下|念一下|报一下|读一下|说一下)(我|)(所有的|全部的|最近的|现在的|)(洗车|)预约"
         "(都有哪些|有哪些|)"),
        ("n_query_pending_01",
         "我在{store}((还有没有|有没有)(没去的|没用的|待完成的|没到期的)(预约|洗车|{svc})|"
         "还有(没去的|没用的|待完成的|没到期的)(预约|洗车|{svc})吗)(？|)"),
        ("n_query_what_booked_01", "{time}(我|)(约的|订的)(是|)(啥|什么|哪个项目)(来着|){qend}"),
        ("n_query_svc_yesno_01",
         "我{time:day}(约的|订的)是{svc}(吗|对吧|没错吧|是吧)(？|)"),
        ("n_query_time2_01",
         "{time:day}的(洗车|{svc}|预约)是{time2:clock}(对吧|吗|没错吧|是吧)(？|)"),
        ("n_query_time2_02",
         "我{time:day}(在|){store:short}(约|订)的是不是{time2:clock}(啊|来着|呀|)"),
        ("n_query_was_cancelled_01",
         "{time}(的|那个)(洗车|预约|{svc})(是不是被(取消|退|撤销)了|有没有被(取消|退掉|撤销)|被(取消|撤销)了吗)(？|)"),
        ("n_query_change_took_01",
         "(我|)(刚才|之前|刚刚)(改的|改过的|改期的)(那个|)(预约|洗车|{svc})(改好了|改成功了|生效了)"
         "(吗|没|没有)"),
        ("n_query_tell_me_01",
         "(告诉我|跟我说说|给我说一下|提醒我一下)(我的|)(洗车|{svc}|预约)(是|约在|定在)"
         "(几点|哪天|什么时候|哪个店)"),
        ("n_query_slot_01",
         "(我|)(排|约|抢)到的(号|位置|时间)(是|在)(几点|哪天|什么时候)(的|)(来着|){qend}"),
        ("n_query_still_counts_01",
         "(上次|之前|先前)(约|订)的{svc}(还|)(能用|有效|作数|算数)(吗|不|么)"),
        ("n_query_schedule_01",
         "(我的|)(日程|行程|日历)里(有没有(洗车|{svc})(的|)(预约|安排)|有(洗车|{svc})(的|)(预约|安排)吗)[，{time:day}]"),
        ("n_query_verify_01",
         "(再|)(帮我|)(核对|核实|确认)(一下|)(洗车|)预约(信息|详情|的信息)"
         "[，(时间|是不是){time}][，(门店|地点|是不是){store}]"),
        ("n_query_where_go_01",
         "{time:day}(洗车|{svc:v})(要|得)(去|到)哪(个店|家店|儿)(来着|){qend}"),
        ("n_query_asr_01", "{fill}(预约|洗车预约|我的预约) {time:day} (几点|哪家|在哪)"),
        ("n_query_mixed_01",
         "我的{svc:en}(预约| booking| appointment)(是|在)(几点|哪天|什么时候)[，{store:short}那边]"),
        ("n_query_submit_ok_01",
         "(刚才|刚刚)(那个|)(洗车|)预约(提交|下单|约)成功了(吗|没|没有)[，{time}的]"),
        ("n_query_got_slot_01",
         "{store}{time}(我|)(是不是(约上|订上|排上)了|有没有(约上|订上|排上))(位置|号|)(啊|)(？|)"),
        ("n_query_ramble_01",
         "{fill}我之前不是(约了|订了)(个|一个)(洗车|{svc})嘛，(是|)(几点|哪天|哪家店)来着"
         "(，我给忘了|，忘了|)"),
        ("n_query_elder_01",
         "{hi}(你帮我|麻烦你|劳驾你)(看看|瞅瞅|查查)，我那个(洗车|{svc})(是|)约的(哪天|几点|哪家)啊，"
         "(我这记性|年纪大了记不住|老忘事)"),
    ),
}

_EN_BOOK_UNK: dict[str, tuple[tuple[str, str], ...]] = {
    "book_car_wash": (
        ("n_any_chance_01",
         "{hi}any chance you (could|can) (book|grab|get|squeeze in) {svc:a} for me {time}"
         "[ at {store}]{qend}"),
        ("n_passing_by_01",
         "I'm (driving|going|heading) (past|by) {store} {time}( anyway|), "
         "(might as well|may as well|so I might as well) {svc:v} while I'm there"
         "(, book it|, can you set that up|, sort that out|)"),
        ("n_first_available_01",
         "(book|grab|take|get me) the (first|earliest|next) (available|open|free) "
         "(slot|spot|time) {time:day} for {svc:a}[ at {store}]{end}"),
        ("n_confirm_yes_01",
         "(yes|yeah|yep|correct|that's right), {svc:a} (at|over at) {store} {time}"
         "(, go ahead|, book it|, confirm it|, lock it in|)"),
        ("n_occasion_01",
         "I've got (a wedding|a job interview|a date|a road trip|my in-laws visiting|"
         "a client to pick up) coming up(,|, so|) (book|get|schedule) {svc:a} {time}"
         "[ at {store}]{end}"),
        ("n_for_other_car_01",
         "(book|schedule|set up) {svc:a} for (my wife's car|the other car|my second car|"
         "the SUV|the company car|my husband's car) {time}[ at {store}]{end}"),
        ("n_lock_in_01", "{fill} (lock in|lock me in for|nail down|lock down) {svc:a} {time}"
                         "[ at {store}]{end}"),
        ("n_free_then_01",
         "I'm (free|off|off work|not doing anything) {time}(,|, so|) "
         "(let's|I might as well|might as well) {svc:v}[ at {store}]"),
        ("n_oh_and_store_01",
         "(book|schedule|get me) {svc:a} {time}(, oh and|. oh, and|, oh,) "
         "(make it|at|over at|let's do) {store}( please|)"),
        ("n_see_if_01",
         "(see if|check if|find out if) {store} (can take me|can fit me in|has room|"
         "has an opening) {time} for {svc:a}(, and| and if so,|, if so) "
         "(book it|lock it in|grab it|reserve it)"),
        ("n_asr_svc_store_time_01",
         "{svc} (uh |um |)[at ]{store:bare} (uh |um |er |){time:bare}"),
        ("n_asr_verb_store_time_01", "{fill} {svc:v} {store:bare} {time:bare}"),
        ("n_on_my_way_01",
         "I'm (on my way to|headed to|heading over to|about ten minutes from) {store}"
         "(,|, so|) (book|get|grab) me {svc:a} {time}{end}"),
        ("n_lemme_get_01",
         "{fill} (lemme get|gimme|let me get|I'll take|I'll have) {svc:a}[ at {store}] {time}{end}"),
        ("n_book_car_in_01",
         "(can you|could you|would you) book (the car|my car) in for {svc:a}[ at {store}] "
         "{time}(, cheers|, ta|?|)"),
        ("n_kindly_01",
         "kindly (book|schedule|arrange) {svc:a} for {time:bare}[ at {store}]"
         "(, thank you|, thanks|)"),
        ("n_reckon_01",
         "(reckon|you reckon|d'you reckon|think) you (could|can) (book me|line me up|"
         "sort me out with) {svc:a} {time}[ at {store}]{qend}"),
        ("n_rambling_01",
         "{fill} so I was (gonna|going to|meaning to) ask, (um|uh|like), could you "
         "(book|set up|get) {svc:a}, (like|maybe|um), {time}[, at {store}]{qend}"),
        ("n_want_car_in_01",
         "(I want|I'd like|I need) the car (in|booked in|in there) for {svc:a} {time}"
         "[ at {store}]{end}"),
        ("n_self_correct_01",
         "(book|schedule) {svc:a} {old}(, no wait|, no actually|, sorry, I mean|, scratch that), "
         "{time:bare}[ at {store}]"),
        ("n_make_happen_01",
         "{svc:v} {time}[ at {store}](, make it happen|, can you make that happen|"
         ", sort it out|, get it done)"),
        ("n_where_when_01",
         "{store:bare}, {time:bare}(,|.) that's (where and when|when and where) I want {svc:a}"),
        ("n_do_you_mind_01",
         "(do you mind|would you mind) (booking|scheduling|setting up) {svc:a} (for me |)"
         "{time}[ at {store}]{qend}"),
        ("n_need_done_01",
         "(I need|I want|I'd like) {svc:a} done {time}[ at {store}]"
         "(, can you book that|, book it|, please|)"),
        ("n_tag_question_01",
         "you can (book|get) me {svc:a} {time}[ at {store}], (right|can't you|yeah)?"),
        ("n_also_01",
         "(and|also|oh and|oh,) (book|add|throw in) {svc:a} {time}[ at {store}] "
         "(while you're at it|too|as well)"),
        ("n_time2_anytime_01",
         "(book|get) me {svc:a} {time:day}[ at {store}], (anything|any time|anytime|whatever's open) "
         "(around|near|close to) {time2:clock} (works|is fine|is good)"),
        ("n_time2_would_work_01",
         "{svc:a} {time:day}[ at {store}](,|.) (would|does|will) {time2:clock} work? "
         "(if so|if yes|if it does), (book it|go ahead|lock it in)"),
        ("n_time2_could_manage_01",
         "{time:day}[ at {store}] I could (do|manage|swing) {svc:a}, (probably|maybe|likely) "
         "(around|at|about) {time2:clock}(, book it|, pencil it in|)"),
    ),
    "unknown": (
        ("n_car_wash_mode_01",
         "{hi}(turn on|enable|activate|switch on|put the car in) car wash mode( please|)"),
        ("n_windows_car_wash_01",
         "(close|roll up|shut) (all |)the windows(,| and fold the mirrors,) (we're|I'm) "
         "(about to go|going|pulling) (through|into) (the|a) car wash"),
        ("n_song_car_wash_01",
         "(play|put on|can you play) (the song |)car wash( by Rose Royce| by Christina Aguilera|)"),
        ("n_howto_wash_01",
         "how (do|should) I ((wash|wax) (my car|the car) (at home|without scratching the paint|"
         "in winter|by hand)|clean (the seats|the interior|the floor mats|the leather) "
         "(at home|myself|without a vacuum)){qend}"),
        ("n_how_often_01",
         "how often should I (wash|wax|detail|vacuum) (my car|the car|the interior){qend}"),
        ("n_reviews_01",
         "(how are the reviews for {store}|what rating does {store} have|is {store} any good|"
         "what do people say about {store}){qend}"),
        ("n_leave_review_01",
         "(leave|write|give) {store} a (five star|one star|good|bad|two star) review"),
        ("n_complaint_01",
         "the (car wash|{svc}) (at|over at) {store} (scratched my car|missed a bunch of spots|"
         "did a terrible job|left water spots everywhere)(, I want to complain|"
         ", how do I complain|)"),
        ("n_ride_hail_01",
         "(get me|call me|order) (an uber|a ride|a cab|a didi) (to|from) {place} {time}"),
        ("n_other_cleaning_01",
         "(book|schedule) (a dog wash|a dog grooming appointment|a house cleaner|"
         "the window cleaners|a carpet cleaning) (for |){time:bare}"),
        ("n_test_drive_01",
         "(book|schedule|set up) a test drive (at the dealership|for the new model|"
         "at the Tesla store) {time}"),
        ("n_ev_charger_01",
         "(reserve|book|hold) (a charger|a charging spot|an EV charger|a supercharger) "
         "(at|near) {place} {time}"),
        ("n_remind_carwash_01",
         "remind me {time} to (get the car washed|wash the car|book a car wash|"
         "take the car to the car wash)"),
        ("n_dust_warning_01",
         "is there a (sandstorm|dust storm|smog|pollution|pollen) (warning|alert) {time}{qend}"),
        ("n_vehicle_status_01",
         "(what's my tire pressure|check the tire pressure|how much gas do I have left|"
         "what's my range|how much battery do I have|check the oil life)"),
        ("n_store_amenities_01",
         "does {store} (take credit cards|accept Apple Pay|have a waiting room|have wifi|"
         "do hand washes|have a vacuum station){qend}"),
        ("n_membership_01",
         "(renew|cancel|upgrade|pause) my (car wash membership|unlimited wash plan|"
         "wash club subscription)"),
        ("n_points_01",
         "how many (points|free washes|credits) do I have (left |)(on my membership|"
         "at {store}|){qend}"),
        ("n_receipt_01",
         "(email|send) me the (receipt|invoice) for (my last car wash|the detail|"
         "last week's wash|the wax job)"),
        ("n_spending_01",
         "how much did I (spend|pay) (on car washes|at the car wash|for washes) "
         "(last month|this year|so far){qend}"),
        ("n_tell_someone_book_01",
         "(text|tell|message|ask) (my wife|my husband|John|my son) to (book|schedule) "
         "{svc:a} {time}"),
        ("n_lost_item_01",
         "I think I left my (sunglasses|wallet|phone|keys|jacket) at {store}"
         "(, can you call them|, what's their number|)"),
        ("n_wait_time_01",
         "(how long is the wait|what's the wait time|how busy is it|is there a line) "
         "(at|over at) {store} (right now|at the moment|){qend}"),
        ("n_difference_01",
         "what's the difference between (an express wash and a full detail|"
         "a wash and wax and a regular wash|touchless and regular washes|"
         "interior cleaning and a full detail){qend}"),
        ("n_gift_card_01",
         "((buy|order) (a car wash gift card|a detailing voucher|a gift card for a car wash) for|"
         "send (a car wash gift card|a detailing voucher) to) (my dad|my wife|my boss|a friend)"),
        ("n_add_stop_01",
         "(add {store} as a stop|add {store} to my route|add a stop at {store}|"
         "put {store} on my route)( on the way home| on the way| please|)"),
        ("n_airport_pickup_01",
         "I (need to|have to|gotta) (pick up|drop off) (my mom|a client|my wife|my boss) at "
         "(the airport|T3|Capital Airport) {time}(, when should I leave|, what's traffic like|"
         ", set a reminder|)"),
        ("n_laundromat_01",
         "(find me|where's|navigate to) (a|the nearest|the closest) (laundromat|dry cleaner|"
         "laundry place)( near me|)"),
        ("n_best_time_01",
         "when's the (best|least busy|quietest) time to (go to|visit|hit) {store}{qend}"),
        ("n_warning_light_01",
         "(what does that (warning light|orange light|symbol) on the dashboard mean|"
         "why is the (check engine light|tire pressure light|oil light) on){qend}"),
        ("n_coffee_wait_01",
         "(find|is there) (a coffee shop|somewhere to eat|a place to grab lunch) "
         "(near|close to|around) {store}(, I'll be waiting there a while| while I wait|)"),
        ("n_msg_at_carwash_01",
         "((text|message) (my wife|John|mom)|send (my wife|John|mom) a message)(:|,) "
         "(I'm at the car wash|"
         "getting the car washed|I'm at the detailer), (be home|I'll see you|back home) {time}"),
        ("n_cheaper_when_01",
         "is {svc:a} cheaper (on weekdays|during the week|early in the day)[ at {store}]{qend}"),
        ("n_calendar_add_01",
         "(add (lunch with John|a dentist appointment|the school pickup|a team call) to|"
         "put (lunch with John|a dentist appointment|the school pickup|a team call) on) "
         "my calendar {time}"),
    ),
}

_EN_MANAGE: dict[str, tuple[tuple[str, str], ...]] = {
    "cancel_booking": (
        ("n_off_calendar_01",
         "{fill} (take|get) (the|my) (car wash|{svc}|appointment)[ at {store}] {time} "
         "off (my|the) (calendar|schedule)( please|)"),
        ("n_unbook_01",
         "{fill} (unbook|undo) (my|the) (car wash|{svc}|booking)[ at {store}] {time}{end}"),
        ("n_have_to_cancel_01",
         "(I'm sick|I'm not feeling well|I'm stuck at work|the kids are sick|"
         "I'm stuck in traffic)(,| so) I('ll|'m gonna|'m going to) have to cancel "
         "(my|the) (car wash|{svc}|appointment|booking)[ {time}]{end}"),
        ("n_rain_01",
         "(it's supposed to|it's going to|the forecast says it'll|looks like it'll) rain {time}"
         "(,| so) (there's no point|no point|it's pointless), (just |)cancel (my|the) "
         "(car wash|{svc}|booking)"),
        ("n_go_ahead_01",
         "(yes|yeah|yep|okay)(,|) (go ahead and|just) cancel (the|my) "
         "(booking|car wash|{svc}|appointment)[ for {time:bare}][ at {store}]"),
        ("n_the_one_for_01",
         "(cancel|drop|scrap|ditch) the one (I have |I've got |I made |)for {time:bare}"
         "[ at {store}]{end}"),
        ("n_topic_store_01",
         "(that|the) (booking|appointment|{svc}|car wash) (at|over at) {store}[ {time}](,|) "
         "(cancel|kill|drop|scrap) (it|that)( please|)"),
        ("n_someone_else_01",
         "my (wife|husband|partner|son|daughter) (is taking|needs|has|will have) the car {time}"
         "(,| so) (cancel|drop|scrap) (my|the) (car wash|{svc}|booking)"),
        ("n_already_washed_01",
         "I (already washed|just washed|ended up washing) (the car|it) (myself|at home|by hand)"
         "(,| so) (you can |please |)cancel (my|the) (booking|appointment|{svc}|car wash)"
         "[ at {store}][ {time}]"),
        ("n_turns_out_01",
         "turns out I (don't need|won't need|can't do|can't make) the (car wash|{svc}|appointment) "
         "{time} after all(, cancel it|, so cancel it|, please cancel|)"),
        ("n_release_slot_01",
         "(release|free up|give up|let go of) my (slot|spot|time slot|reservation)[ at {store}] "
         "{time}(, someone else can have it|, I won't use it|)"),
        ("n_withdraw_01",
         "(withdraw|void|revoke|retract) my (car wash |{svc} |)(booking|reservation|request)"
         "[ at {store}][ {time}]{end}"),
        ("n_afraid_01",
         "I'm afraid I (have to|need to|must|will have to) cancel (my|the) "
         "(car wash|{svc}|appointment|booking)[ at {store}][ {time}]"
         "(, sorry|, sorry about that|, apologies|)"),
        ("n_too_late_01",
         "(is it too late|is it still possible|am I still able|is there still time) to cancel "
         "(my|the) (car wash|{svc}|booking|appointment)[ at {store}][ {time}]{qend}"),
        ("n_rebook_later_01",
         "cancel (my|the) (car wash|{svc}|booking|appointment)[ at {store}] {time}"
         "(, I'll| and I'll) (rebook|book again|book another one|sort out a new one) "
         "(later|some other time|when I'm free|another time)"),
        ("n_asr_tail_01",
         "{fill} {svc} {time:bare}[ {store:bare}] (cancel|cancel it|cancel that|cancel please)"),
        ("n_changed_mind_01",
         "I changed my mind about (the|my) (car wash|{svc}|booking)[ at {store}] {time}"
         "(, cancel it|, please cancel|, just cancel it|, I don't want it)"),
        ("n_away_01",
         "I( won't be around| won't be in town|'ll be away|'ll be out of town|"
         " won't be in Beijing) {time}(,| so) (cancel|kill|drop) (my|the) (car wash|{svc}|booking)"),
        ("n_cancel_all_01",
         "{pol} cancel (all|all of|every one of) my (car wash |)(bookings|appointments|reservations)"
         "[ at {store}][ {time}]( for me|)"),
        ("n_whatever_01",
         "(cancel|drop|clear) whatever (car wash|{svc}) I (have|booked|made|have booked)"
         "[ at {store}] {time}{end}"),
        ("n_mistake_01",
         "I booked (the|that) (car wash|{svc}) {time} by mistake(,| so) (cancel|undo|delete) it"
         "( please|)"),
        ("n_skip_01",
         "(I'll skip|I'm gonna skip|I'll pass on|let's skip|skip) (the|my) "
         "(car wash|{svc}|appointment) {time}(, cancel it|, please cancel it|, take it off|)"),
    ),
    "reschedule_booking": (
        ("n_any_chance_01",
         "{hi}any chance I could (move|switch|shift|push) (my|the) "
         "(car wash|{svc}|booking|appointment) to {time:bare}{qend}"),
        ("n_is_free_01",
         "is {time:bare} (free|open|available)[ at {store}]? if (so|it is|yes), "
         "(move|switch|put) my (booking|appointment|car wash|{svc}) (there|into that slot)"),
        ("n_swap_slot_01",
         "(can I|could I|can we) (swap|trade|exchange) {old:poss} (slot|booking|appointment) "
         "for (one|a slot|something) {time}{qend}"),
        ("n_opening_01",
         "if (there's|you have|they have) (an opening|a slot|room|a free slot) {time}"
         "[ at {store}], (move|switch|bump) my (booking|appointment|car wash|{svc}) "
         "(to it|there|into it)"),
        ("n_take_me_01",
         "(can|could|would) (they|you|the store) (take me|fit me in|see me) {time} instead"
         "[ of {old:bare}]{qend}"),
        ("n_same_time_01",
         "(keep the same time|same time)(,| but) (just |)(move|change|switch) "
         "(it|the day|my booking) to {time:day,bare}"),
        ("n_push_by_01",
         "(push|move|bump) (it|my booking|the car wash|my {svc}) (back|out|forward|up) "
         "(a day|a week|a couple of days|two days)(,|, to|, so make it) {time:bare}"),
        ("n_different_day_01",
         "I need a different (day|time|slot) for (my|the) (car wash|{svc}|booking)"
         "(,|, maybe|, how about|, say) {time:bare}{qend}"),
        ("n_wrong_time_01",
         "{fill} I (booked|picked|chose|put in) the wrong (time|day|slot)"
         "(,|, it should be|, I meant|, change it to|, make it|, it's supposed to be) "
         "{time:bare}"),
        ("n_meant_01",
         "(oops|sorry|my bad|whoops)(,|) I (meant|wanted) {time:bare} for (the|my) "
         "(car wash|{svc}|booking)(, (can you |)(fix|change|update) (it|that)|)"),
        ("n_do_instead_store_01",
         "(can I|could I|I'd like to) (do|have|get) (my|the) (car wash|{svc}) at {store} {time} "
         "instead{qend}"),
        ("n_free_earlier_01",
         "I('m| am) (free|done|off work|available) (earlier|sooner) than "
         "(I thought|expected|planned)(,| so) (can I|could I) come in {time} instead{qend}"),
        ("n_conflict_01",
         "I('ve| have) got (a meeting|a work thing|a doctor's appointment|a school pickup|a call) "
         "{old}(, so|,) (let's|please|can you|could you) (move|shift) the (car wash|{svc}) "
         "to {time:bare}{qend}"),
        ("n_put_off_01",
         "(put off|hold off on|defer) (my|the) (car wash|{svc}|appointment) (until|till) "
         "{time:bare}{end}"),
        ("n_noun_request_01",
         "(I need|I'd like|can I get|requesting) a (reschedule|change of time|new time|"
         "different slot) (for|on) (my|the) (booking|car wash|{svc})(:|,|, ideally|, something like) "
         "{time:bare}"),
        ("n_would_work_01",
         "(would|does|will) {time:bare} work (instead|for the car wash|for my {svc})? "
         "(if so|then|if it does)(,|) (move|switch|change) (it|my booking)( over|)"),
        ("n_store_first_01",
         "(at|for) {store}(,|) (can you|please|could you) (move|push|shift) my "
         "(booking|appointment|{svc}) to {time:bare}{qend}"),
        ("n_time2_move_q_01",
         "(can you|could you|please) (move|switch|shift) (my|the) (booking|car wash|{svc}) "
         "to {time:day,bare}[ at {store}]? (at|around) {time2:clock} "
         "(would be best|would be perfect|works best|is ideal|would be great)"),
        ("n_time2_free_01",
         "(I can do|I'm free|I could make it|I can come) {time:day}( instead|)(,|) "
         "(around|at|by) {time2:clock}(,| so) (move|switch|shift) "
         "(it|my booking|the appointment)( over|)"),
        ("n_time2_fix_01",
         "(no|nah|wait), not {old:bare}(,|) (make it|move it to|change it to) "
         "{time:day,bare}, (at|around|say) {time2:clock}( or so| or thereabouts|)"),
        ("n_new_time_01",
         "(new time|new slot)[ for (my|the) (car wash|{svc}|booking)](:|,| is|) {time:bare}"),
        ("n_too_early_01",
         "{old:bare} is (too early|too late|a bit early|a bit late|cutting it close) for me"
         "(,| so) (can we|could you|let's) (do|make it|switch to) {time:bare}( instead|){qend}"),
        ("n_keep_store_01",
         "(move|push|shift) my (booking|appointment|car wash|{svc}) to {time:bare} but "
         "(keep it at|leave it at|still at) {store}"),
        ("n_rain_01",
         "(it's supposed to|it's going to|the forecast says it'll|looks like it'll) rain {old}"
         "(,| so) (push|move|bump) (my|the) (car wash|{svc}) to {time:bare}"
         "(, when it's dry|, when it's sunny|)"),
        ("n_ok_if_01",
         "(is it ok|is it okay|would it be ok|would it be alright|is it fine) if I "
         "(come|come in|show up|bring the car) {time} instead[ of {old:bare}]{qend}"),
        ("n_have_booked_01",
         "I have {svc:a} booked[ at {store}] {old}(,|, but|, and) (could|can) (we|you) "
         "(move|change|switch) it to {time:bare}{qend}"),
        ("n_can_it_be_01",
         "(can|could) (it|my appointment|the car wash|my {svc}|my booking) be {time} instead"
         "{qend}"),
    ),
    "query_booking": (
        ("n_forgot_when_01",
         "{fill} I (forgot|can't remember|don't remember|totally forgot) "
         "(when|what time|what day) (my|the) (car wash|{svc}|appointment|booking) is"
         "[ at {store}]"),
        ("n_forgot_where_01",
         "I (forgot|can't remember|don't remember) (which|what) (store|location|branch|place) "
         "I booked (the|my) (car wash|{svc}) for {time:day,bare}"),
        ("n_or_not_01",
         "did I (actually |)(book|reserve|schedule|get) {svc:a}[ at {store}] {time}"
         "(, or not| or not|){qend}"),
        ("n_ref_number_01",
         "what's (my|the) (booking|confirmation|reservation) (number|code|reference)"
         "[ for (my|the) (car wash|{svc}|appointment)[ {time}]]{qend}"),
        ("n_remind_what_01",
         "{hi}remind me what I (booked|signed up for|scheduled|picked)[ at {store}] {time}"),
        ("n_is_it_for_01",
         "(is|was) (my|the) (car wash|{svc}|booking|appointment) (for|set for|booked for|) "
         "{time:bare}(, right|, or did I get that wrong|){qend}"),
        ("n_when_show_up_01",
         "when do I (need to|have to|gotta) (be at|get to|go to|show up at) {store}"
         "[ for (my|the) {svc}]{qend}"),
        ("n_what_time_there_01",
         "what time (should|do) I (be there|show up|get there|drop the car off|bring the car in)"
         "[ for (my|the) {svc}] {time:day}{qend}"),
        ("n_store_confirmed_01",
         "did {store} (confirm|accept) my (booking|appointment|{svc}|reservation)"
         "[ for {time:bare}]( yet|){qend}"),
        ("n_still_have_01",
         "do I still have (a car wash|my {svc}|the {svc}|a slot|my slot|my booking)[ at {store}] "
         "{time}{qend}"),
        ("n_what_lined_up_01",
         "what (car washes|bookings|appointments) do I have (lined up|coming up|booked|"
         "on the books)[ {time}]{qend}"),
        ("n_how_long_until_01",
         "how (long|many days|many hours) (until|till|before) my "
         "(car wash|{svc}|appointment|booking)[ at {store}]{qend}"),
        ("n_read_back_01",
         "{pol} (read me|read back|go over|repeat) my (booking|appointment|car wash booking|"
         "reservation)( details|)[ for {time:bare}]"),
        ("n_address_01",
         "what's the address (for|of) my (car wash|{svc}|booking|appointment)[ {time}]{qend}"),
        ("n_double_check_01",
         "(can you |could you |)(double check|verify|make sure) (that |)(my|the) "
         "(car wash|{svc}|booking)[ at {store}] is (set|booked|on|confirmed|locked in) "
         "for {time:bare}{qend}"),
        ("n_did_it_save_01",
         "did (my|the) (car wash|{svc}) (booking |reservation |)(save|go in|get saved|stick)"
         "[ for {time:bare}]{qend}"),
        ("n_whats_at_store_01",
         "what (have I got|do I have) (booked |scheduled |)(at|with) {store}[ {time}]{qend}"),
        ("n_again_01",
         "(when's|what time's|where's|what time is|where is) (the|my) (car wash|{svc}|appointment) "
         "{time:day} again{qend}"),
        ("n_am_i_late_01",
         "{fill} am I (late|early|on time|running late) for (my|the) (car wash|{svc}|appointment)"
         "[ at {store}]{qend}"),
        ("n_which_store_or_01",
         "is (my|the) (car wash|{svc}|booking)[ {time}] at {store} or "
         "(somewhere else|a different store|another location){qend}"),
        ("n_what_day_01",
         "(what day|which day|what date) (is|did I book) (my|the) (car wash|{svc}|appointment)"
         "[ at {store}]( for| on|)( again|){qend}"),
        ("n_find_out_01",
         "(could you|can you|please) (check|find out|look up|see) (when|where|what time) "
         "(my|the) (car wash|{svc}|booking) is[ {time:day}]{qend}"),
        ("n_i_think_01",
         "I think I (booked|have|scheduled|reserved) {svc:a}[ at {store}] {time}"
         "(, can you check|, is that right|, right|, can you confirm that){qend}"),
        ("n_elliptical_01",
         "{fill} (my|the) (car wash|{svc}|booking) {time}(, where is it|, where|, still on|"
         ", is it confirmed|, is that right){qend}"),
        ("n_time2_right_01",
         "I (have|got|booked) (a car wash|{svc:a}) {time:day}, "
         "((it's|that's) (at|around) {time2:clock}, right|(is it|was it) (at|around) "
         "{time2:clock}){qend}"),
        ("n_time2_the_one_01",
         "(is my|my) (car wash|{svc}|booking) {time:day} still (on|happening|good)? "
         "the one (at|around|for) {time2:clock}"),
        ("n_anything_changed_01",
         "(has anything changed|did anything change) (with|about|on) my (car wash|{svc}|booking|appointment)"
         "[ at {store}][ {time}]{qend}"),
        ("n_on_the_list_01",
         "am I on the (list|schedule|books) (for|at) {store}[ {time}]{qend}"),
    ),
}

_ZH_BOOK_UNK_2: dict[str, tuple[tuple[str, str], ...]] = {
    "book_car_wash": (
        # "I'm not fussy": a low-expectation remark, then the service, then the time
        ("m_not_fussy_01",
         "(我|)(没啥讲究|不讲究|要求不高|不挑)，(就|)(约|来|订)个{svc}(得了|就够了|就行)，"
         "{time}[{p}{store}]"),
        # someone in the family told me to
        ("m_told_by_01",
         "(我老婆|我媳妇|我老公|我妈|我爸|我家领导)(让我|叫我|催我|嫌车脏，让我)(约|弄|订)个{svc}，"
         "(那就|那你就|你就|)(帮我|给我)(约|订)在{time}(吧|)[，{store}]"),
        # a friend recommended the store
        ("m_friend_rec_01",
         "(朋友|同事|邻居|我哥们儿)(说|都说|推荐说){store:short}的{svc}(做得不错|挺好|挺细致|很干净)，"
         "(那我也|我也|给我也)(约|订)(一个|个)(吧|)[，{time}(过去|去|)]"),
        # the reason comes last, with 因为/主要是
        ("m_reason_tail_01",
         "{time}(帮我|给我)(约|订|排)(个|一个){svc}[，{store}]，"
         "(因为|主要是|毕竟)(周末要出去玩|要去接人|要见客户|车实在太脏了|好久没弄了|要开去参加婚礼)"),
        # thinking aloud with long pauses
        ("m_pause_think_01",
         "(那个|嗯|呃)……{svc}……(嗯|对|对吧)，{store:short}(吧|)……{time}(吧|)，"
         "(帮我|你|)(约|订)(一下|上|)"),
        # northern tag question ending in 不
        ("m_tag_bu_01",
         "{time}[{store:short}](能|可以)(给我|帮我)(约|排|订)上(个|一个){svc}不(？|)"),
        # old Beijing politeness, 咱
        ("m_beijing_01",
         "(您受累|劳您驾|受累)，给咱(约|订|排)(个|一个){svc}，{time}[，{store:short}那儿]"),
        # north-eastern speech
        ("m_dongbei_01",
         "{time}(上|去){store:short}(那嘎达|那疙瘩|那块儿){svc:v}去，(给我|帮我|你给)(整|约)上(呗|)"),
        # internet slang: 安排上
        ("m_anpaishang_01",
         "(走起|冲|那就|)(，|){time}[{store:short}]{svc}(安排上|给我安排上|安排安排)(！|)"),
        # navigate first, book on the side
        ("m_nav_and_book_01",
         "(导航去|带我去|开去){store}，(顺便|顺带|另外)(帮我|给我)(约|订)(个|一个){time}的{svc}"),
        # book first, then navigate
        ("m_book_then_nav_01",
         "(先|)(帮我|给我)(约|订)(个|一个){svc}，{time}[，{store}]，"
         "(约好|订好|弄好)(了|)(再|就)(导航过去|给我导航|规划一下路线)"),
        # two cars in the household
        ("m_two_cars_01",
         "(家里|我和我老婆|我们家)(两辆车|两台车|俩车)(都|)(得|要|该){svc:v}了，"
         "{time}(一起|一块儿|)(约|安排)(上|一下)(吧|)[，{store}]"),
        # the car described by colour and type
        ("m_car_model_01",
         "(我那辆|我这辆|我的)(白色|黑色|银色|红色|)(SUV|轿车|越野车|特斯拉|比亚迪|小车)"
         "(该|要|得){svc:v}了，{time}[，{store}]，(帮我|你|)(约|订)(一下|上)"),
        # a fallback if the slot is taken
        ("m_fallback_01",
         "{time}(约|订)(个|一个){svc}[，{store}]，"
         "(约不上|没位置|满了|排不上)的话(往后顺延|晚一点也行|换个时间也行|你看着办)"),
        # the assistant may pick, with a preferred time
        ("m_you_pick_01",
         "(你看着办|你看着安排|你帮我挑个时间)，{store:short}的{svc}，(最好|尽量|争取){time}(吧|)"),
        # topic markers 的话 for every piece
        ("m_topic_dehua_01",
         "(时间|日子)的话{time}，(门店|地方|店)的话{store}，(项目|服务)的话{svc}(吧|)"),
        # recurring: starting from a time
        ("m_recurring_01",
         "(以后|往后)(每周|每个月|每两周|每礼拜)(帮我|给我)(约|订)(一次|个){svc}，"
         "(从|就从){time:day}开始"),
        # asks the price, shrugs, books anyway
        ("m_price_then_book_01",
         "{store:short}的{svc}(多少钱|贵不贵|什么价)(啊|)？(算了|不管了|管他呢)，"
         "{time}(直接|就)(约|订)(一个|个)(吧|)"),
        # saw a promotion
        ("m_promo_01",
         "(看到|听说|刷到){store:short}(有|在搞|最近有){svc}的(活动|优惠|特价|打折)，"
         "(那|)(帮我|给我|)(约|抢)(一个|个)[，{time}]"),
        # 趁: take advantage of the time
        ("m_chen_01",
         "趁{time}(有空|人少|天好|不忙|不限行)，(赶紧|)(帮我|给我|)(约|订|定)(个|一个){svc}"
         "[，{store}]"),
        # cutesy
        ("m_cutesy_01",
         "(帮人家|给人家)(约|订)(个|一个){svc}(嘛|啦)，{time}(好不好|好嘛|行不行嘛)"),
        # an older driver who asks first
        ("m_elder_ask_01",
         "(小G啊|哎，小G|小G你听我说)，我想问问，(能不能|能|可不可以)(帮我|给我)(预约|约)"
         "(一个|个){svc}，就{time}，(就|)在{store}(吧|)"),
        # asks whether the assistant can do it at all, then books
        ("m_can_you_even_01",
         "你(会不会|能不能)帮人(约|订){svc}啊？(会|能)的话(给我|就给我)(约|订)一个，{time}"
         "[，{store}]"),
        # only a short window free
        ("m_short_window_01",
         "(我|){time}(只有|就|大概有)(四十分钟|半个钟头|一个钟头|一个来小时)(空|的空|空闲)，"
         "(来得及|够)的话(帮我|给我|就)(约|订)(个|一个){svc}[，{store}]"),
        # not cleaned since some point
        ("m_since_when_01",
         "(这车|车|我这车)(从过年到现在|从上个月到现在|入冬以来|开春以来)(就|)没(收拾|打理|弄)过，"
         "{time}(去|上){store}{svc:v}，(给我|帮我)(约上|约一下)"),
        # put me on the store's list
        ("m_jishang_01",
         "{store:short}(给我|帮我)(记上|记一个|登记上)(一个|个|){svc}，{time}(的|)"
         "(，回头我过去|，到时候过去|)"),
        # earliest available
        ("m_earliest_01",
         "{store}(最早|最快)(什么时候|哪天|几点)能{svc:v}(啊|)？(就|)(约|订)(最早的|最早那个|那个)(吧|)"),
        # only if I can get away
        ("m_if_free_01",
         "(我|){time}(要是|如果)(不加班|没事|能早下班|走得开)(的话|)，(就|)(去|到){store}{svc:v}，"
         "(先|)(帮我|给我)(约上|约着|留个位置)"),
        # driving, hands busy
        ("m_hands_busy_01",
         "(我|)(在开车|开着车呢|正开车)(不方便|腾不出手|没法弄)，你(帮我|替我)(约|订)(个|一个){svc}"
         "[，{time}][，{store}]"),
        # the only constraint is the time
        ("m_only_time_01",
         "(给我|帮我)(约|订)(个|一个){svc}，(店|门店|哪家)(随便|都行)，(只要|只要是){time}就行"),
        # thanks said first
        ("m_thanks_first_01",
         "(先谢谢了|提前谢谢啊|谢谢啊)，(帮我|给我)(约|订)(个|一个){time}的{svc}[，{store:short}]"),
        # for a family member's car (the driver books it)
        ("m_gift_01",
         "(我想|想|我要)(给我老婆|给我爸|给我妈|给我媳妇)的车(约|订)(个|一个){svc}，{time}[，{store}]"
         "(，当个惊喜|，算个小惊喜|)"),
        # split time: passing by the store
        ("m_time2_pass_by_01",
         "{time:day}(我|)(正好|刚好|)(路过|经过){store}，(大概|差不多){time2:clock}(到|那会儿)，"
         "(顺便|正好)(做个|来个|弄个){svc}，(帮我|)(约上|约一下)"),
        # split time: an errand first, then the clock time
        ("m_time2_after_errand_01",
         "{time:day}(送完孩子|开完会|吃完饭|办完事)(以后|之后|)，(大约|大概|估计){time2:clock}"
         "(去|到|开到){store}{svc:v}，(给我|帮我|)(约|订)(一下|上)"),
    ),
    "unknown": (
        ("m_store_jobs_01",
         "{store}(招人吗|还招不招人|在招洗车工吗|缺不缺人手)(？|)"),
        ("m_lost_item_01",
         "我的(钥匙|墨镜|充电线|钱包|手机支架)(好像|可能|估计)(落在|丢在|忘在){store}了，"
         "(帮我|)(打个电话问问|联系一下|问一下)"),
        ("m_queue_now_01",
         "{store}(现在|这会儿|眼下)(排队的人多吗|要等多久|人多不多|排到几号了)"),
        ("m_wash_settings_01",
         "(洗车|进洗车房|过自动洗车机)(之前|的时候)(要不要|需不需要|用不用)"
         "(关|关掉|打开)(自动雨刷|哨兵模式|自动驻车|倒车雷达|自动落锁)(啊|呀|)"),
        ("m_membership_01",
         "(帮我|我想|)(办|开|买)(一张|个|张){store:short}的(会员卡|洗车卡|年卡|次卡)"),
        ("m_open_day_01",
         "{time:day}{store}(开不开门|营不营业|休不休息){qend}"),
        ("m_cancel_nav_01",
         "(取消|结束|停止|退出)(去{store}的|)导航(吧|)"),
        ("m_dest_change_01",
         "(把|)(目的地|终点)(改成|换成|设成|改到){store}"),
        ("m_pass_by_01",
         "去{place}的路上(要是|如果|)(经过|路过){store}(的话|)，(告诉我|叫我一声|提醒我一下)"),
        ("m_rate_01",
         "(给|帮我给){store}(打个五星|写个好评|打个差评|评个分)(吧|)"),
        ("m_dry_clean_01",
         "{time}(帮我|)(约|预约|叫)(个|一下)干洗店(上门取件|上门取衣服|来取衣服)"),
        ("m_roadside_01",
         "(帮我|)(叫|约|预约)(个|一个){time}的(代驾|道路救援|拖车|搭电服务)"),
        ("m_rental_01",
         "(帮我|)(租|订)(一辆|个|辆)(车|SUV|七座车)，{time}(在|去){place}(取车|提车)"),
        ("m_battery_swap_01",
         "{time}(帮我|)(预约|约)(一下|个){place}(那边|附近|)的换电站"),
        ("m_store_capability_01",
         "{store}(能不能做|有没有|做不做)(镀晶|镀膜|封釉|贴膜|打蜡|内饰清洗)(啊|)(？|)"),
        ("m_countdown_01",
         "(设个|定个|开个)(二十分钟|半小时|一个小时|四十五分钟)的(倒计时|计时器)"),
        ("m_holiday_01",
         "{time:day}(是不是|算不算)(节假日|法定假日|调休|工作日){qend}"),
        ("m_memo_01",
         "(记一下|帮我记个备忘|记到备忘录里|备忘录记一下)：{time}(交车险|续保|做年检|去洗车|给车打蜡|换雨刷)"),
        ("m_business_chat_01",
         "(开一家|开个)洗车店(要多少钱|赚钱吗|需要什么手续|一年能挣多少){qend}"),
        ("m_advice_freq_01",
         "(你觉得|一般来说|)(车|新车|白车)(多久|多长时间|隔几天)(洗一次|打一次蜡|做一次精洗)"
         "(比较好|合适|最好){qend}"),
        ("m_autorenew_01",
         "(把|帮我把)(洗车卡|洗车会员|会员)的自动续费(关掉|取消|停了)"),
        ("m_card_expiry_01",
         "(我的|)(洗车卡|会员卡|年卡|次卡)(哪天|什么时候|几号)(到期|过期){qend}"),
        ("m_insurance_01",
         "(帮我|)(约|预约)(个|一下){time}(去保险公司|)(定损|车险理赔|办续保)"),
        ("m_pay_method_01",
         "(洗车|精洗|打蜡)(能|可以)用(积分|优惠券|支付宝|信用卡)(付|抵|结账)吗"),
        ("m_regret_01",
         "(早知道|早晓得)(今天|昨天)(要|会)下雨，(我|)就不(去|)洗车了"),
        ("m_music_waiting_01",
         "(排队洗车|等洗车|洗车)(的时候|这会儿)(放点|来点|给我放)(歌|音乐|相声|有声书)"),
        ("m_drive_time_01",
         "{time}从{place}(开到|到){store}(要多久|得多长时间|堵不堵){qend}"),
        ("m_wait_season_01",
         "(等|要等)(雾霾|沙尘暴|杨絮|雨季)(过去|结束)(了|)再洗车(吧|)，(现在|这会儿)洗了(也是|)白洗"),
        ("m_ask_friend_01",
         "(发消息|发微信|帮我)问问(老王|张三|我哥们)，{time}(要不要|去不去)一起(去|)洗车"),
        ("m_pet_bath_01",
         "{time}(得|要|记得)给(狗|孩子|猫)洗(澡|个澡)，(水温|水)(多少度|调多热)(合适|好){qend}"),
        ("m_engine_clean_01",
         "(我这车的|)(空调滤芯|节气门|喷油嘴|空调管道)(是不是该清洗了|需不需要清洗一下|要不要清洗一下)"
         "{qend}"),
        ("m_time_left_01",
         "(离|距离){time:day}还有(几天|多久|多长时间){qend}"),
        ("m_block_calendar_01",
         "(帮我|)(在日程里|在日历上|)把{time:day}(空出来|留出来|标成忙碌)"),
    ),
}

_ZH_MANAGE_2: dict[str, tuple[tuple[str, str], ...]] = {
    "cancel_booking": (
        # asking whether it is still possible, then "if so, cancel"
        ("m_cancel_in_time_01",
         "(现在|这会儿|这个点)(取消|退)[{store:short}]{time}(的|那个)(洗车|{svc}|预约)"
         "((还来得及吗|还来得及不)？来得及的话|(晚不晚|算不算晚)？不晚的话)"
         "(就|)(帮我|给我|)(取消|退)了(吧|)"),
        # worried about a fee, then conditional cancel
        ("m_cancel_fee_01",
         "{time}(的|那个)(洗车|{svc}|预约)(现在|)(取消|退掉)"
         "((扣不扣钱|会不会扣钱)？不扣的话|(有没有违约金|要不要手续费)？没有的话)"
         "(就|)(帮我|)(取消|退)了吧"),
        # strike it off the schedule, and the booking with it
        ("m_cancel_strike_01",
         "把{time}(的|那个)(洗车|{svc})从(日程|行程|日历|安排)里(划掉|拿掉|去掉)，"
         "(预约|那个预约|店里的预约)(也|)(一起|)(退了|取消了|撤了)"),
        # will do it myself
        ("m_cancel_self_wash_01",
         "(不去店里了|不用去店里了|不跑那一趟了)，我自己(在家|在小区|在楼下)"
         "(冲一冲|擦一擦|拿水管冲冲)就行，{time}(那个|的)(预约|{svc}|洗车)(帮我|)(撤了|取消|退了)(吧|)"),
        # "forget about it" slang
        ("m_cancel_forget_it_01",
         "(洗车|{svc})(这事|这个事|的事)(拉倒吧|先免了|就算了|先搁一搁)，"
         "{time}(那个|的)(号|单|单子|预约)(帮我|给我|)(退了|撤了|取消了)"),
        # an additional cancel in a running conversation
        ("m_cancel_also_01",
         "(还有|另外|对了|顺便)，[{store:short}]{time}(那个|的)(洗车|{svc}|预约)(也|一块儿|一起)"
         "(取消|退)(了吧|掉|了)"),
        # formal request with fields
        ("m_cancel_formal_01",
         "{hi}(我|)(需要|想|要)(申请|办理)(取消|撤销)(一笔|一个|一单)(洗车|)预约，"
         "(预约时间|时间)(是|为){time}[，(门店|预约门店|地点)(是|为){store}]"),
        # rhetorical "who has time for that"
        ("m_cancel_rhetorical_01",
         "{time}(哪有空|哪有工夫|哪顾得上|哪还有心思)(洗车|去{store:short}|{svc:v})啊，"
         "(那个预约|预约|那单)(取消了吧|撤了吧|给我退了)"),
        # can't go, reason in the middle, then the request
        ("m_cancel_reason_mid_01",
         "{time}(的|那个)(洗车|{svc})(我|)去不了了，"
         "(孩子发烧了|家里老人住院了|我得去趟医院|腰扭了开不了车|车钥匙找不着了)，"
         "(你|)(帮我|给我)(撤了|取消了|退了)(吧|)"),
        # ASR restart, spaces between chunks
        ("m_cancel_asr_restart_01",
         "(取消|撤销)(那个|一下) (那个|就是|呃) {time}(的|) (洗车|{svc})(预约|)"),
        # correcting the assistant: not book, cancel
        ("m_cancel_not_book_01",
         "(不是(约|预约|订)|我不是要(约|订)|你听错了不是约)，是(取消|要取消|退掉)，"
         "{time}(那个|的)(洗车|{svc}|预约)"),
        # picking from a list shown on screen
        ("m_cancel_list_pick_01",
         "(第一个|第二个|最后那个|上面那个|头一个)(取消|删了|不要了)，"
         "就是{time}[{store:short}](那个|的)(洗车|{svc}|预约)"),
        # "let's talk about it another time"
        ("m_cancel_next_time_01",
         "{time}(的|那个)(洗车|{svc})(先|就|)(不去了|算了|不弄了)，(下次|以后|等有空)再说(吧|)"
         "[，(那个预约|预约|单子)(帮我|)(退了|取消了|撤了)]"),
        # cancel with a refund
        ("m_cancel_refund_01",
         "(把|)[{store:short}]{time}(那单|那个单子|的{svc}|的洗车)(退了|退掉|退款)，"
         "(钱|费用)(退回|原路退回|退到)(微信|卡里|原账户|我账户)(就行|吧|)"),
        # operating the booking page by voice
        ("m_cancel_tap_01",
         "(打开|进到|去)(我的|)(预约|订单)(页面|列表|)，(把|)[{store:short}]{time}(那条|那个|那一单)"
         "(点|按)(一下|)取消"),
        # found another shop
        ("m_cancel_other_shop_01",
         "(找了|换了|在网上找了)(家|个)(更近的|便宜点的|熟人开的|别的)(店|地方)，"
         "{store:short}(那个|那边的|的)(预约|{svc}|单子)(就|)(不要了|退了吧|撤了吧|取消吧)"),
        # probably can't make it, cancel to be safe
        ("m_cancel_safe_01",
         "{time}(我|)(估计|八成|多半|大概率)(去不了|赶不回来|走不开)，"
         "(干脆|还是|先)把(洗车|{svc}|预约)(取消|退)了(吧|)，"
         "(保险点|稳妥点|省得占着位置|免得耽误人家)"),
        # "how do I cancel", optionally "just do it"
        ("m_cancel_how_01",
         "(怎么|咋|如何)(取消|退掉|撤销)[{store:short}]{time}(的|那个)(洗车|{svc}|预约)(啊|呀|)"
         "[，(你|)直接帮我(弄|办|取消)(一下|了吧)]"),
        # verb first, time said in two pieces
        ("m_cancel_time2_verbfirst_01",
         "(取消|撤掉|退掉)(我|){time:day}的(洗车|{svc}|预约)，(就是|是)(约在|定在|)(大概|)"
         "{time2:clock}(的|)那(个|一单|场)"),
        # code-mixed "cancel掉"
        ("m_cancel_mixed_01",
         "(帮我|)把{time}(那个|的)(洗车|{svc})( booking |预约|单)cancel(掉|了|一下)"),
        # heard bad news about the store
        ("m_cancel_store_news_01",
         "(听说|刚看到|群里说){store:short}(在装修|停水了|设备坏了|排队排老长|服务不太行)，"
         "(那|)(我|){time}(的|那个)(预约|{svc}|洗车)(就|还是)(取消|退了|撤了)吧"),
        # tell the shop I'm not coming
        ("m_cancel_tell_store_01",
         "(帮我|你|)(跟|和)(店里|{store:short}|商家)说(一声|一下)，{time}我不过去了，"
         "(预约|单子|号)(取消|撤了)(吧|)"),
        # licence-plate restriction
        ("m_cancel_plate_limit_01",
         "{time}(我|)(限号|尾号限行)，(车|)开不出去，(那个|)(洗车|{svc}|预约)(取消|退了|撤了)(吧|)"),
    ),
    "reschedule_booking": (
        # new time first as a question, old one as background
        ("m_resched_new_q_old_info_01",
         "(改成|换成|挪到){time}(能不能|可不可以|行不行)(啊|)？(我|)(本来|原来|之前)"
         "(约的|定的)是{old}(的|)(那个|)(洗车|{svc}|)"),
        # form-like change request
        ("m_resched_form_01",
         "(申请|我要申请|帮我提交)(变更|更改|修改)预约(时间|)[，原(时间|预约时间){old}]，"
         "(新时间|改为|变更为){time}"),
        # request first, reason after
        ("m_resched_reason_after_01",
         "(帮我|麻烦|)把(洗车|预约|{svc})(挪|改|调)到{time}，{old}(我|)"
         "(要送孩子|得去机场接人|要值班|约了医生|得去趟单位)"),
        # "don't know if it's convenient"
        ("m_resched_ask_convenient_01",
         "{time}(不知道|也不知道)(方不方便|行不行|店里忙不忙|有没有位置)，"
         "(想|我想)把(洗车|预约|{svc})(改|挪|换)(过来|到这个时间)"),
        # I said the wrong time
        ("m_resched_misspoke_01",
         "(刚才|刚刚)(说错了|时间说错了|约错时间了)，不是{old}，是{time}，(帮我|你|)(改一下|改过来|调一下)"),
        # same time slot on another day
        ("m_resched_same_slot_01",
         "(洗车|预约|{svc})(挪到|改到|顺延到|推到){time:day}(同一时间|同一个点|一样的时间|还是那个点)"),
        # northern colloquial
        ("m_resched_dialect_01",
         "[{store:short}]那个(洗车|{svc}|预约)(挪个点儿|换个点儿|改个钟点|换个钟点)，"
         "{time}(中不中|成不成|行不)"),
        # day first, then "that day's" clock
        ("m_resched_time2_backref_01",
         "{time:day}(我|)(才|)(有空|回北京|能回来|出差回来)，(那就|就|)(改到|挪到|换到)那天(的|)"
         "{time2:clock}(吧|)"),
        # day as a question, clock availability as a second question
        ("m_resched_time2_ask_01",
         "(挪到|改到|换到){time:day}(行吗|可以吗|成吗)？{time2:clock}(那会儿|左右|)"
         "(有没有位置|有空位吗|能做吗)"),
        # licence-plate restriction
        ("m_resched_plate_limit_01",
         "{old}(我|)(限号|尾号限行|车限行)(，开不了车|，出不去|)，(把|)(洗车|预约|{svc})"
         "(挪|改|换)到{time}(吧|)"),
        # weather
        ("m_resched_weather_01",
         "{old}(要下雨|有雨|有沙尘暴|要降温下雪)，(洗了白洗|去了也白洗|洗完又脏)，"
         "(往后|)(挪|推|改)到{time}(吧|，那会儿天好)"),
        # earlier, before a trip
        ("m_resched_before_trip_01",
         "(我|){old}(要出差|要出远门|要自驾回老家|要去机场接人)，(想|得)(在那之前|走之前|出发前)"
         "(把车收拾干净|弄干净)，(预约|洗车|{svc})(提前|挪)到{time}(吧|)"),
        # ASR fragment: X old 改 new
        ("m_resched_asr_01", "{fill}(预约|洗车|{svc}) {old} 改 {time}"),
        # skip the old one, go later, move the booking along
        ("m_resched_skip_then_01",
         "{old}(先|就)(不去了|算了)，(等|)(到|){time}再(去|过去)(吧|)，"
         "(预约|洗车|那个{svc})(帮我|)(顺过去|挪过去|跟着改一下)"),
        # avoid the crowd
        ("m_resched_avoid_crowd_01",
         "(听说|看群里说|朋友说){store:short}{old}(人特别多|排长队|特别忙)，(我的|那个)(预约|洗车)"
         "(错开一下|避一避|躲一躲)，(改到|挪到|换到){time}"),
        # change both store and time
        ("m_resched_both_01",
         "(时间和地方|店和时间|门店跟时间)都(要|得|)(换|改)一下，(换成|改到|去){store}，{time}(吧|)"),
        # ask the assistant to tell the shop
        ("m_resched_tell_store_01",
         "(你|)(帮我|)(跟|和)(店里|{store:short}|商家)(说一声|打个招呼|商量一下)，"
         "(我的|那个|)(洗车|预约|{svc})(改到|挪到|换到){time}"),
        # older speaker, conversational
        ("m_resched_elder_01",
         "{hi}(你|)(帮我|给我)弄一下(啊|哈|)，我那个(洗车|{svc})啊，(本来|原先)是{old}(的|)，"
         "(现在|这会儿)想(换成|改成|挪到){time}，(能弄不|行不行|成吧)"),
        # forgot / missed it
        ("m_resched_missed_01",
         "(哎呀|糟了|坏了)，{old}的(洗车|{svc}|预约)(我|)(给|)(忘了|错过了|耽误了)，"
         "((帮我|麻烦)(改|挪|顺延)到{time}(吧|)|(能|还能)(改|补)到{time}吗)"),
        # can't wait, move earlier
        ("m_resched_cant_wait_01",
         "(车脏得不行|实在等不了|等不及了)，(那个|)(预约|{svc})(往前挪到|提前到|往前调到|提到){time}(吧|行不|)"),
        # conditional with a fallback
        ("m_resched_conditional_01",
         "(要是|如果){time}(有位置|有空位|能约上)的话，(就|)把(我的|我那个|那个|{old}的|我{old}(的|那个))(洗车|预约|{svc})"
         "(换|挪|改)过去，(没有|约不上)(就|)(算了|不动了|还按原来的)"),
        # free all day, let the assistant pick a slot
        ("m_resched_free_day_01",
         "{time:day}(我|)(都|基本|)有空，(你|)(看着|随便)(挑个时间|安排)，"
         "把(洗车|预约|{svc})挪过去(就行|吧)"),
        # what I told you before has to change
        ("m_resched_said_before_01",
         "(我|)(昨天|上回|之前)(跟你|)说的(那个|)(洗车|{svc})，(时间|日子)(得|要)(变|动)一下，"
         "(变成|改成){time}"),
        # not old, day + clock in two pieces
        ("m_resched_time2_not_old_01",
         "(别|不要){old}了，{time:day}吧，(时间(就|)(定在|约在)|几点的话(就|)(大概|)|钟点就定在){time2:clock}"),
        # fee check before moving
        ("m_resched_fee_01",
         "(改到|挪到){time}(的话|)((要不要加钱|要不要手续费)？不要的话|(会不会扣钱|会不会收费)？不会的话)"
         "(就|)(帮我|)改(了吧|一下)"),
    ),
    "query_booking": (
        # "did I actually book it?"
        ("m_query_did_i_really_01",
         "我(记得|印象中|好像)(约过|订过|预约过)(一次|个|)(洗车|{svc})，(到底|究竟)"
         "(约上没有|约没约上|有没有这回事)(啊|)"),
        # this store or another one
        ("m_query_store_or_01",
         "我(约|订)的(洗车|{svc}|)(是|在){store:short}还是(别的店|另外一家|别家)(来着|啊|)"),
        # show it on the car screen
        ("m_query_show_screen_01",
         "把(我|){time:day}(的|那个)(洗车|{svc})(预约|订单)(显示|投|放)到(屏幕|中控屏|大屏)上"),
        # has the store accepted it
        ("m_query_store_accepted_01",
         "[{time}(的|那个)(洗车|{svc}|预约)，]{store:short}(那边|)"
         "(接单了没|接单了吗|确认了没有|给回复了吗|有没有确认)"),
        # booking number
        ("m_query_order_no_01",
         "(我|)[{time:day}的](洗车|{svc}|)预约(号|单号|编号|订单号)是(多少|什么|几号){qend}"),
        # will I make it if I leave now
        ("m_query_make_it_01",
         "(我|)(现在|这会儿)(出发|开过去)(，|)(还|)赶得上[{store:short}](那个|)(洗车|{svc}|预约)(吗|不)"),
        # afterthought question
        ("m_query_afterthought_01",
         "(是|应该是|好像是){time}(吧|来着)？(我那个(洗车|{svc}|预约)|我约的(洗车|{svc})|那个预约)"),
        # waiting list
        ("m_query_waitlist_01",
         "{time}(的|那个)(洗车|{svc})(还在排队吗|是不是还在候补|候补上了吗|排上了没)"),
        # which car is it for
        ("m_query_which_car_01",
         "{time:day}的(洗车|预约|{svc})(是|)(约的|登记的)哪辆车(来着|){qend}"),
        # payment status
        ("m_query_paid_01",
         "{time}(的|那个)(洗车|{svc}|预约)(付过钱了吗|付款了没|钱交了没有|是不是已经付了)"),
        # embedded question
        ("m_query_do_you_know_01",
         "你(知道|记得|还记得)我(约的|那个)(洗车|{svc}|预约)是(几点|哪天|哪家店|什么时候)吗"),
        # read out two fields
        ("m_query_fields_01",
         "(把|)(我|){time:day}(那个|的)(预约|洗车)(的|)(时间和地点|店和时间|项目和时间|时间跟门店)"
         "(报|念|说)(一下|给我听)"),
        # formal query
        ("m_query_formal_01",
         "{hi}(我|)(想|需要)查询一下(名下|我)的(洗车|)预约(记录|信息)"
         "[，(预约日期|日期)(是|){time:day}]"),
        # didn't hear it, say it again
        ("m_query_repeat_01",
         "(刚才|刚刚)没听清，(我|)(约的|那个)(洗车|{svc}|预约)是(几点|哪天|哪家店)(来着|)，"
         "(再说一遍|再说一下|再报一遍)"),
        # is it still on despite news about the store
        ("m_query_still_on_01",
         "(听说|看新闻说|群里说){store:short}(在装修|停水了|设备坏了)，我(约的|那个)(洗车|{svc}|预约)"
         "(还照常吗|还能做吗|受影响吗)"),
        # recite the booking for confirmation
        ("m_query_recite_01",
         "我(约的|订的)(是|)：{time:day}，{store:short}，{svc}，(对吧|没错吧|是这样吧|是吧)"),
        # code-mixed status check
        ("m_query_mixed_status_01",
         "(帮我|)check一下(我|)[{time:day}的](洗车|)(booking|预约)( status|的status|状态|的状态)"),
        # queue position
        ("m_query_queue_01",
         "[{store:short}](我约的(号|{svc})|我那个(预约|号|{svc})|我的预约)前面还有几(辆车|个人|位)(在排|排着|)(啊|)"),
        # when will it be done
        ("m_query_done_time_01",
         "我(约的|那个){time:day}的{svc}(几点|什么时候)(能|可以)(做完|弄好|取车)"),
        # did the shop change it
        ("m_query_changed_by_store_01",
         "(店里|{store:short}那边)(是不是|有没有)把我的(预约|洗车|{svc})(时间|)(改了|调了|给改了|动过)"),
        # dialect
        ("m_query_dialect_01",
         "(俺|咱)(约|订)的(那个|)(洗车|{svc})(是|)(啥时候|哪天|几点)(的|)(嘞|咧|哈)"),
        # recall a time in two pieces and ask to check
        ("m_query_time2_recall_01",
         "{time:day}的(预约|洗车|{svc})，(我记得是|应该是|好像是){time2:clock}(来着|吧|)，"
         "(你|)(帮我|)(查一下|确认一下|核实一下)"),
        # what's on that day, guess a wash
        ("m_query_plans_guess_01",
         "{time:day}(我|)(有啥安排|要干嘛|有什么事)来着？(是不是|好像)(约了|要去)(洗车|{svc:v}|{store:short})"),
        # booked elsewhere, can you see it
        ("m_query_other_channel_01",
         "(我|)(在小程序上|在APP上|打电话)(约|订)的[{time}的](洗车|{svc})(你这边|)(能查到吗|查得到吗|能看到吗)"),
        # how early should I get there
        ("m_query_how_early_01",
         "{time}(的|那个)(洗车|{svc})(需要|要|得)提前(多久|几分钟|多长时间)到(啊|)"),
        # ASR fragment
        ("m_query_asr_frag_01",
         "{fill}{store:short} (预约|洗车) {time:day} (有没有|有吗|约上没)"),
    ),
}

_EN_BOOK_UNK_2: dict[str, tuple[tuple[str, str], ...]] = {
    "book_car_wash": (
        ("m_help_me_book_01",
         "{hi}(help me (book|schedule|set up)|I need help (booking|scheduling|setting up)|"
         "can you help me (book|get)) {svc:a}[ at {store}] {time}{end}"),
        ("m_the_usual_01",
         "{fill} (book|get me|do|set up) (my usual|the usual|the same as last time|"
         "what I had last time)(,|:| -) {svc:a}[ at {store}] {time}{end}"),
        ("m_grateful_if_01",
         "{hi}I('d| would) be (ever so |really |very |most |)grateful if you (could|would) "
         "(book|arrange|set up|organize) {svc:a} for me[ at {store}] {time}"),
        ("m_be_a_dear_01",
         "(be a dear|be a pal|be a star|do me a favor|do me a solid) and (book|get|grab) me "
         "{svc:a}[ at {store}] {time}{end}"),
        ("m_if_opening_then_01",
         "if (there's|you can find|you see) (an opening|a free slot|room|anything) {time}"
         "[ at {store}], (book me in|put me down|sign me up|book me) for {svc:a}"),
        ("m_why_dont_you_01",
         "{fill} why don't (you|we) (book|schedule|get|line up) {svc:a}[ at {store}] {time}{qend}"),
        ("m_should_probably_01",
         "I (should|ought to|really should|should probably|probably should|really ought to) get {svc:a} "
         "{time}[ at {store}](, can you book it|, go ahead and book that|, set it up|, book it|)"),
        ("m_treat_car_01",
         "(I want to|let's|time to|I think I'll|I'm gonna) treat (the car|my car|her|the old girl)"
         " to {svc:a}[ at {store}] {time}{end}"),
        ("m_give_car_01",
         "(let's|time to|I wanna|I'd like to|I'm gonna) give (the car|my car|it|her) {svc:a} "
         "{time}[ at {store}](, book it|, set that up|, sort it out|)"),
        ("m_cleft_what_i_need_01",
         "{fill} (what I need|what I want|all I need|what I'm after|what I'm looking for) is "
         "{svc:a}[ at {store}] {time}{end}"),
        ("m_misheard_correction_01",
         "(no,|no no,|nope,|that's not what I said,|wrong,) I said (book|schedule|reserve) "
         "{svc:a} {time}[ at {store}](, not navigate there|, not set a reminder|, not play music|"
         ", not call anyone|)"),
        ("m_tell_store_coming_01",
         "(tell {store}|let {store} know) I'll be (in|there|coming in|coming by) {time} for "
         "{svc:a}(, book it|, so book me in|, reserve a spot|)"),
        ("m_queue_me_01",
         "(queue me up|put me in the queue|get me in line|add me to the queue) for {svc:a}"
         "[ at {store}] {time}{end}"),
        ("m_would_be_great_01",
         "{svc:a} {time}[ at {store}] would be (great|perfect|lovely|awesome|ideal|nice)"
         "(, can you book it|, if you can set it up|, book it please|, make it happen|)"),
        ("m_too_late_01",
         "is {time:bare} too (late|early|soon) for {svc:a}[ at {store}]? "
         "(if not|if it isn't|if it's fine), (book it|book me in|go ahead|put me down)"),
        ("m_see_about_01",
         "(could you|can you|) see about (getting me|booking|setting up|getting) {svc:a}"
         "[ at {store}] {time}{qend}"),
        ("m_so_that_for_event_01",
         "(book|get me|schedule) {svc:a} {time}[ at {store}] so the car (looks sharp|is spotless|"
         "looks decent|is presentable|is sparkling) (for|before) (the weekend|my trip|the wedding|"
         "Chinese New Year|the holidays|my date|the meeting)"),
        ("m_and_also_confirm_01",
         "(book|schedule|reserve) {svc:a}[ at {store}] {time} and (put it in my calendar|"
         "add it to my calendar|remind me an hour before|text me the confirmation|"
         "send me a confirmation)"),
        ("m_restart_disfluent_01",
         "(book|get|schedule) (me |)a... (uh|um|sorry|wait), (book|get|schedule) me {svc:a} "
         "{time}[ at {store}]"),
        ("m_was_hoping_01",
         "{fill} I was hoping (to get|to book|I could get|you could book me|you could get me) "
         "{svc:a}[ at {store}] {time}(, is that doable|, can you manage that|, any luck|)"),
        ("m_how_about_we_01",
         "(how about|what if) we (get|book|do|go for) {svc:a} {time}[ at {store}]{qend}"),
        ("m_due_for_01",
         "(the car|my car|the SUV|my ride|the minivan) (is due for|is overdue for|"
         "is long overdue for|is way overdue for) {svc:a}(,|, so|) (book it in|get it booked|"
         "book one|set one up) {time}[ at {store}]"),
        ("m_doable_question_01",
         "{svc:a} {time}[ at {store}](,|?) (doable|can do|possible|any good|that work)?"),
        ("m_weather_cleared_01",
         "(it's finally stopped raining|the sandstorm's over|the snow's finally melted|"
         "the rain's done for the week|all that pollen's gone), (so |)(book|get) me {svc:a} "
         "{time}[ at {store}]"),
        ("m_under_name_01",
         "(book|reserve|put down) {svc:a} (under|in) (my name|the name Zhang|the name Wang|"
         "the name Li|the name Chen) {time}[ at {store}]"),
        ("m_elderly_unsure_01",
         "(oh dear|goodness|well now|oh my), I (never know how to do this|don't know how this "
         "works|hope I'm doing this right), (but |)I'd like {svc:a}(, please|), {time}"
         "[, at {store}]"),
        ("m_kids_mess_01",
         "the (kids|dog|dogs) (spilled juice all over|trashed|made a mess of|got mud all over|"
         "left crumbs all over) the back seat, (I need|I've gotta get|get me|book me) {svc:a} "
         "{time}[ at {store}]"),
        ("m_time2_earlier_better_01",
         "(I'm thinking|I'd say|let's say|maybe) {time:day,bare}, {svc:a}[ at {store}], "
         "(and |)the earlier the better, (like|say|maybe|ideally) {time2:clock}"),
        ("m_time2_passing_by_01",
         "{time:day} I'll be (near|around|right by|passing) {store:named}, so (book|get) me "
         "{svc:a} (at|around|for) {time2:clock}"),
        ("m_time2_shoot_for_01",
         "(get|pencil|put) {svc:a} (down |in |)for {time:day,bare}[ at {store}] and let's "
         "(shoot for|try for|go for|say) {time2:clock}"),
    ),
    "unknown": (
        ("m_store_phone_01",
         "(what's|what is|give me|find|look up) the (phone number|number|contact number|address|"
         "exact address) (for|of) {store}{qend}"),
        ("m_praise_store_01",
         "(the guys|the staff|the folks|the team) (at|over at) {store} did (an amazing|a great|"
         "a fantastic|a really good) job on my car( last time| yesterday|)"),
        ("m_next_dry_day_01",
         "((when's|what's) the next (sunny|dry|clear|rain-free) day|which day (this week|"
         "coming up) (won't rain|is dry|has no rain)){qend}"),
        ("m_carwash_trivia_01",
         "(who invented the (car wash|automatic car wash)|how does a (touchless|tunnel|"
         "drive-through) car wash (work|actually work)|when was the first car wash (built|opened))"
         "{qend}"),
        ("m_carwash_jobs_01",
         "(is {store} hiring|does {store} have any job openings|are there any car wash jobs "
         "near me|how much do car wash workers (make|earn)){qend}"),
        ("m_shopping_list_wash_01",
         "(add|put) (mouthwash|body wash|face wash|hand wash|laundry detergent|car shampoo) "
         "(to|on) (my|the) shopping list"),
        ("m_beauty_wax_01",
         "(book|schedule|get me) (an eyebrow wax|a leg wax|a brow wax|a manicure|a facial) "
         "{time}[ near {place}]"),
        ("m_details_other_01",
         "(give me|tell me|what are|read me) the details (of|for|on) my (next meeting|flight|"
         "hotel booking|dinner reservation|trip|train ticket){qend}"),
        ("m_express_train_01",
         "(when's|what time is) the next (airport express|express train|express bus|"
         "airport shuttle)( to the airport| to T3| into the city|){qend}"),
        ("m_smart_home_01",
         "(turn on|start|run) the (washing machine|dishwasher|robot vacuum) (at home|back home)"
         "( remotely|)[ {time}]"),
        ("m_eta_01",
         "((what's my ETA|how long till we get|when will I get) (to {place}|there)|"
         "when do we (arrive at {place}|get there|get to {place})){qend}"),
        ("m_translate_01",
         "((how do you say|how do I say) (car wash|full detail|wash and wax|interior cleaning|"
         "book a car wash) in (Chinese|Mandarin)|what's the Chinese (word |)for (car wash|"
         "full detail|wash and wax|detailing)|translate (car wash|full detail|"
         "I'd like a car wash|book a car wash for tomorrow) (into|to) (Chinese|Mandarin)){qend}"),
        ("m_share_eta_01",
         "(share my (ETA|location|trip) with|send my (ETA|location|live location) to) "
         "(my wife|John|mom|the office|my husband)"),
        ("m_auto_wipers_01",
         "((set|switch|turn) the (wipers|headlights|high beams|lights) to (automatic|auto)|"
         "turn on (the |)automatic (wipers|headlights|high beams))"),
        ("m_valet_parking_01",
         "(book|reserve|get me) valet parking (at|near) {place} {time}"),
        ("m_wash_myself_01",
         "(never mind|forget it|actually never mind|nah, forget it), I'll (wash it myself|"
         "just wash it myself|do it myself|wash it at home|hose it down myself)"
         "( this weekend| later| when it stops raining|)"),
        ("m_pay_back_01",
         "(send|transfer|pay) (John|my wife|mom|my brother) (50|100|80|two hundred|fifty) "
         "(yuan|RMB|bucks) for the (car wash|detail|wax job|parking|gas)"),
        ("m_rental_return_01",
         "(I have to|I need to|I gotta) return (the|this) rental (car |)(at|to) (the airport|T3|"
         "Capital Airport|the rental office) {time}(, do I need to wash it first|"
         ", does it need to be cleaned|, where's the drop-off|, how long will it take|)"),
        ("m_plate_restriction_01",
         "((which|what) (plates|license plates|tail numbers) are restricted|"
         "is my car allowed on the road|am I restricted from driving) {time:day}{qend}"),
        ("m_find_my_car_01",
         "(where did I park|where's my car|find my car|help me find my car)"
         "( at {place}| in the garage| in the parking lot|){qend}"),
        ("m_takeout_01",
         "order (dumplings|a pizza|noodles|coffee|lunch|bubble tea) (delivered |)to {place} "
         "{time}"),
        ("m_wash_fold_01",
         "(book|schedule|set up) a (wash and fold|laundry pickup|dry cleaning pickup|"
         "wash and fold pickup) (for |){time:bare}"),
        ("m_todo_note_01",
         "((add (get the car washed|wash the car|book a detail|buy car wax|book a car wash) to|"
         "put (get the car washed|wash the car|book a detail|buy car wax|book a car wash) on) "
         "my (to-do list|to do list|list|notes)|"
         "(take a note|note to self|make a note), (the car needs a wash soon|"
         "buy car wax|look up car wash prices|the wiper blades need replacing))"),
        ("m_events_01",
         "what's (going on|happening|on) (at|in|around) {place} {time:day}{qend}"),
        ("m_recommend_service_01",
         "(what|which) (service|wash|package) (should I get|do I need|would you recommend) "
         "(for|to get rid of|to deal with) (dog hair|pet hair|bird droppings|salt stains|tree sap|"
         "coffee stains) (on the seats|on the paint|in the back|){qend}"),
        ("m_timer_01",
         "set a timer for (20 minutes|fifteen minutes|half an hour|an hour|45 minutes|"
         "ten minutes)( while I wait| for the parking meter| for the car wash|)"),
        ("m_interior_temp_01",
         "((what's|what is) the (interior|cabin|inside) temperature{qend}|turn (on|off) the "
         "(interior|cabin|dome) lights|dim the (interior|cabin) lights)"),
        ("m_tow_truck_01",
         "(my car broke down|I've got a flat|the car won't start|I'm stuck)"
         "( near {place}| at {place}|), (call|get me|send) (a tow truck|roadside assistance|"
         "a mechanic)"),
        ("m_showtimes_01",
         "(what's playing|what are the showtimes|any good movies) at the (cinema|movie theater|"
         "IMAX) (in|near) {place} {time}{qend}"),
        ("m_sign_up_class_01",
         "(sign me up|put me down|pencil me in) for (a yoga class|a spin class|the gym|"
         "a tennis lesson|a cooking class|a swim lesson) {time}"),
        ("m_help_me_book_other_01",
         "(help me (book|find)|I need help (booking|finding)|can you help me (book|get)) "
         "(a flight to Shanghai|a hotel near {place}|a table for four|a train ticket|"
         "movie tickets|a taxi) {time}"),
        ("m_usual_order_01",
         "(order|get me|grab me) (my usual|the usual|the same as last time) (from Starbucks|"
         "from the coffee place|at Luckin|from the noodle shop)( for pickup|)[ {time}]"),
        ("m_grateful_other_01",
         "I('d| would) be (ever so |really |very |)grateful if you (could|would) "
         "(call my daughter|read me my messages|turn the heat up a bit|find a pharmacy nearby|"
         "play the news|remind me to take my pills {time})"),
        ("m_if_rain_remind_01",
         "if it (rains|snows|gets windy|is sunny) {time}, (remind me to|don't let me forget to|"
         "tell me to) (take an umbrella|leave early|close the sunroof|put the cover on the car|"
         "bring a jacket)"),
    ),
}

_EN_MANAGE_2: dict[str, tuple[tuple[str, str], ...]] = {
    "cancel_booking": (
        ("m_how_to_cancel_01",
         "{fill} how (do|can|would) I cancel (my|the) (car wash|{svc}|booking|appointment)"
         "[ at {store}][ {time}]{qend}"),
        ("m_lets_not_01",
         "(let's not|let's just not|maybe let's not|actually let's not) "
         "(do|bother with|go ahead with|go through with) (the|my) (car wash|{svc}) {time}"
         "(, cancel it|, cancel it for me| after all|)"),
        ("m_no_x_for_me_01",
         "(no|no more) (car wash|{svc}) for me {time}( after all|, thanks|, cancel it|"
         ", take it off|)"),
        ("m_take_me_off_01",
         "(take|cross|strike) me off (the|your) (list|schedule|books|booking list)"
         "( at {store}| for the car wash| for the {svc}|) {time}{end}"),
        ("m_want_cancelled_01",
         "(I want|I'd like|I need) (my|the|that) (car wash|{svc}|booking|appointment)"
         "[ at {store}] {time} cancelled{end}"),
        ("m_get_cancelled_01",
         "(can you|could you|please|just) (get|have) (my|the|that) (car wash|{svc}|booking)"
         "[ at {store}][ {time}] cancelled( for me|){qend}"),
        ("m_make_sure_cancelled_01",
         "(please |)make sure (my|the) (car wash|{svc}|booking|appointment)[ at {store}] {time} "
         "(is|gets|has been) (cancelled|canceled)"),
        ("m_help_me_cancel_01",
         "(can you |could you |please |)help me cancel the (car wash|{svc}|booking|appointment) "
         "I (booked|made|have|set up)[ at {store}] for {time:bare}{qend}"),
        ("m_cancellation_noun_01",
         "(I need|I'd like|requesting|please process|put in) a cancellation (for|on) (my|the) "
         "(car wash|{svc}|booking|appointment)[ at {store}][ {time}]"),
        ("m_im_cancelling_01",
         "{fill} (I'm|I am|we're|I'm gonna be) cancelling (my|the|our) "
         "(car wash|{svc}|booking|appointment)[ at {store}] {time}"
         "(, sorry| just so you know|, please update it|, go ahead and remove it|)"),
        ("m_if_not_too_late_01",
         "if (it's not too late|it's still possible|you still can|there's still time)(,|) "
         "(please |)(cancel|drop|call off) (my|the) (car wash|{svc}|booking)[ at {store}]"
         "[ {time}]"),
        ("m_if_i_have_01",
         "if I (have|booked|made|got) (a car wash|{svc:a}|anything|a booking)[ at {store}] "
         "{time}(,| then) (cancel|drop|remove|delete) it{end}"),
        ("m_bail_on_01",
         "(I have to|I gotta|I'm gonna have to|I need to) (bail on|back out of|pull out of|"
         "bow out of) (my|the) (car wash|{svc}|appointment|booking)[ at {store}] {time}"
         "(, sorry|, cancel it|)"),
        ("m_not_resched_just_cancel_01",
         "(don't reschedule|no need to reschedule|I don't want to reschedule|forget rescheduling|"
         "don't bother moving it)(,|) (just|simply) (cancel|drop|scrap) "
         "(it|the booking|the car wash|my {svc})[ {time}]"),
        ("m_about_topic_01",
         "(about|regarding|re|so about) my (car wash|{svc}|booking|appointment)[ at {store}] "
         "{time}(,| -|:) (I need to|I'd like to|I have to|please) cancel (it|that)"),
        ("m_appositive_01",
         "{pol} cancel my (booking|reservation|appointment)(,| -) the (one|{svc})"
         "[ at {store}] {time}"),
        ("m_can_be_cancelled_01",
         "(can|could) (my|the) (car wash|{svc}|booking|appointment)[ at {store}] {time} "
         "be (cancelled|canceled)( please|){qend}"),
        ("m_no_show_01",
         "I don't want to be a no-show[ at {store}] {time}(,| so) (cancel|please cancel|"
         "can you cancel) (my|the) (car wash|{svc}|booking)"),
        ("m_car_in_shop_01",
         "(my car's|the car's|my car is|the car is|the car will be) (in the shop|at the mechanic|"
         "in for repairs|in for service|at the body shop) {time}(,| so) "
         "(cancel the car wash|cancel my {svc}|scrap the booking|drop the car wash booking|"
         "no car wash, cancel it)"),
        ("m_disfluent_01",
         "cancel (um |uh |er |)(the|my) (uh |um |)"
         "(car wash|{svc}|booking|appointment)(,|) (uh |um |the one |)[at {store} ]{time}"),
        ("m_would_you_tag_01",
         "cancel (my|the|that) (car wash|{svc}|booking)[ at {store}] {time} for me, "
         "(would you|will you|could you|yeah)(?|)"),
        ("m_favor_01",
         "(do me a favor|do me a favour|be a dear)(,| and) cancel (my|the) "
         "(car wash|{svc}|booking|appointment)[ at {store}][ {time}]{end}"),
    ),
    "reschedule_booking": (
        ("m_wondering_01",
         "{hi}I was (wondering if|wondering whether|hoping) (I could|we could|you could) "
         "(move|change|switch|push) (my|the) (car wash|{svc}|booking|appointment)[ at {store}] "
         "to {time:bare}"),
        ("m_how_to_move_01",
         "how (do|can|would) I (move|change|switch|reschedule) (my|the) "
         "(car wash|{svc}|booking)[ at {store}] to {time:bare}{qend}"),
        ("m_cleft_01",
         "{fill} what I (want|need|would like) to do is (move|push|shift|switch) (my|the) "
         "(car wash|{svc}|booking|appointment) to {time:bare}"),
        ("m_tell_store_01",
         "(let {store} know|tell {store}) (I'll be there|I'm coming|I'll come in|"
         "I'll bring the car) {time} instead( of {old:bare}|)"
         "(, and update the booking|, and change my booking|)"),
        ("m_same_store_01",
         "(same store|same place|same location|same service)(,| but) (just |only |)"
         "(a different time|a different day|a new time)(:|,|, like|, say) {time:bare}{end}"),
        ("m_topic_old_01",
         "(that|the|my) (car wash|booking|appointment|{svc}) {old}(,| -) "
         "(can we|could we|can I|could I) (do it|have it|get it done|make it) {time} "
         "(instead|rather)( please|){qend}"),
        ("m_ill_come_instead_01",
         "I'll (come|come by|swing by|drop the car off|be there) {time} instead(,| so) "
         "(update|adjust|fix|change) (the|my) (booking|appointment|reservation)"
         "( accordingly| for me|)"),
        ("m_find_another_slot_01",
         "(find|get) me (another|a new|a later|an earlier) (slot|time|spot) {time} "
         "for (my|the) (car wash|{svc}|booking)( and move it there| and switch it|)"),
        ("m_two_sentence_01",
         "(can you|could you|I need to|I want to|I gotta) reschedule(?|.|,) (I'd like|I want|"
         "let's do|make it|how about) {time:bare}[ at {store}]{qend}"),
        ("m_start_time_01",
         "(set|change|update|adjust) the start time (of|on|for) (my|the) "
         "(car wash|{svc}|booking) to {time:bare}{end}"),
        ("m_im_moving_01",
         "(I'm|I am|we're) (moving|pushing|switching|shifting) (my|the|our) "
         "(car wash|{svc}|booking|appointment) to {time:bare}"
         "(, can you update it|, please sort that|, just so you know|)"),
        ("m_dont_cancel_just_move_01",
         "(don't cancel|do not cancel|I don't want to cancel)( it|)(,|) (just|only) "
         "(move|push|shift) (it|the booking|my car wash|my {svc}) to {time:bare}"),
        ("m_wait_until_01",
         "(can|could) (my|the) (car wash|{svc}|booking) wait (until|till|til) {time:bare}{qend}"),
        ("m_see_if_store_01",
         "(see|check) if {store} (can do|can take me|has room|has a slot) {time}(,| and) "
         "(move|switch|put) (me|my booking|the car wash) (over |)(if so|if they can|there)"),
        ("m_disfluent_01",
         "(move|reschedule|push) (um |uh |er |)(the|my) (uh |um |)(car wash|{svc}|booking) "
         "to (uh |um |like |){time:bare}"),
        ("m_get_moved_01",
         "(can you|could you|please|just) (get|have) (my|the) (car wash|{svc}|booking)"
         "[ at {store}] (moved|switched|pushed|changed) to {time:bare}{qend}"),
        ("m_sorry_pain_01",
         "(sorry to be a pain|sorry for the hassle|I know this is annoying|sorry, me again)"
         "(,|, but) (can|could) (we|you) (move|change|shift) (my|the) (car wash|{svc}|booking) "
         "(again |)to {time:bare}{qend}"),
        ("m_again_this_time_01",
         "(I need to|can we|let's) (move|change) (it|the car wash|my booking) again(,| -) "
         "{time:bare} this time{end}"),
        ("m_cancel_and_rebook_01",
         "(cancel|scrap|drop) (my|the) (booking|car wash|appointment|{svc}) {old} and "
         "(book|put|get) me in for {time:bare} instead{end}"),
        ("m_so_that_01",
         "(rearrange|reshuffle|sort out|juggle) (my|the) (booking|car wash|{svc}) so "
         "(it's|I'm coming in|I come in|it happens) {time}{end}"),
        ("m_time2_does_work_01",
         "(move|push|switch) (it|my car wash|the booking|my {svc}) to {time:day,bare}(,| -) "
         "(does|would|will) {time2:clock} work{qend}"),
        ("m_passive_q_01",
         "(can|could) (my|the) (car wash|{svc}|booking|appointment)[ at {store}] be "
         "(moved|pushed|changed|switched|rescheduled) to {time:bare}{qend}"),
        ("m_gotta_push_01",
         "(gotta|need to|have to) (push|move|shift) the (car wash|{svc})(.|,|...) "
         "((does|would|will) {time:bare} work|can you do {time:bare}){qend}"),
        ("m_reason_after_01",
         "(move|push) (my|the) (car wash|{svc}|booking) to {time:bare}(,|) "
         "(because|since|'cause|cause) (I've got a meeting|I'm stuck at work|I'll be out of town|"
         "the kids have practice|I have a flight) {old}"),
        ("m_not_coming_but_01",
         "I'm not (coming|coming in|going) {old} anymore(,|.) (I'll come|I'll be there|"
         "make it|I can come) {time} instead{end}"),
    ),
    "query_booking": (
        ("m_confirmed_yet_01",
         "has (my|the) (car wash|{svc}|booking|reservation)[ at {store}][ {time}] "
         "been (confirmed|booked|approved|accepted|locked in) yet{qend}"),
        ("m_arent_i_01",
         "I'm (down|booked|scheduled|signed up) for {svc:a}[ at {store}] {time}, aren't I{qend}"),
        ("m_dont_i_01",
         "I('ve got| have) (a car wash|{svc:a}|a booking|something)[ at {store}] {time}, "
         "(don't|haven't) I{qend}"),
        ("m_where_getting_washed_01",
         "{fill} where am I (getting|having) the car (washed|cleaned|done) {time}{qend}"),
        ("m_whats_happening_with_01",
         "(what's happening|what's going on|what's up|what's the deal) with my "
         "(car wash|{svc}|booking|appointment)[ at {store}][ {time}]{qend}"),
        ("m_on_my_calendar_01",
         "is there (a car wash|an appointment|{svc:a}|a booking) on my (calendar|schedule) "
         "{time}{qend}"),
        ("m_what_time_was_it_01",
         "(what time|what day|when) was it (again |)that I (booked|reserved|scheduled) "
         "(the car wash|my {svc}) (at|with) {store}{qend}"),
        ("m_do_you_know_01",
         "do you (happen to |)know (when|what time|where) my (car wash|{svc}|booking) is"
         "[ {time:day}]{qend}"),
        ("m_still_getting_01",
         "am I still getting {svc:a}[ at {store}] {time}{qend}"),
        ("m_expecting_me_01",
         "(are they|is the store|are the guys) (expecting me|ready for me) at {store} {time}"
         "( for the car wash| for my {svc}|){qend}"),
        ("m_hows_looking_01",
         "how's my (car wash|{svc}|booking)[ at {store}] looking[ for {time:bare}]"
         "(, all good|, still on|){qend}"),
        ("m_first_last_01",
         "(what time|when) is my (first|last|earliest|latest) (car wash|booking|appointment)"
         "[ at {store}] {time:day}{qend}"),
        ("m_when_did_i_say_01",
         "when did I say I'd (come in|bring the car in|drop the car off|be at {store})"
         "( for the car wash| for my {svc}|){qend}"),
        ("m_getting_done_01",
         "what am I (getting|having) done (at|over at) {store} {time}{qend}"),
        ("m_confirm_i_have_01",
         "(confirm|can you confirm|please confirm) (that |)I('ve got| have) "
         "(a car wash|{svc:a}|a booking|a slot) {time}[ at {store}]"),
        ("m_pull_up_booked_01",
         "(pull up|bring up|show me|find) the (car wash|{svc}|booking) I (booked|made|set up)"
         "[ at {store}] for {time:bare}"),
        ("m_car_getting_washed_01",
         "(when's|when is|what time is) (my|the) car (getting|being) "
         "(washed|cleaned|detailed|done)[ at {store}]{qend}"),
        ("m_let_me_know_if_01",
         "(let me know|tell me|can you tell me) (if|whether) (my|the) (car wash|{svc}|booking)"
         "[ at {store}] {time} is still (on|good|confirmed|a go){qend}"),
        ("m_is_it_store_cleft_01",
         "is it (at |){store} (that|where) I booked (the car wash|my {svc}) {time}"
         "( or somewhere else|){qend}"),
        ("m_did_it_get_cancelled_01",
         "(did (my|the) (car wash|{svc}|booking)[ at {store}][ {time}] get (cancelled|canceled|"
         "called off)|has (my|the) (car wash|{svc}|booking)[ at {store}][ {time}] been "
         "(cancelled|canceled|called off))( or something|){qend}"),
        ("m_did_it_get_moved_01",
         "(did (my|the) (car wash|{svc}|booking|appointment) get (moved|changed|pushed)|"
         "has (my|the) (car wash|{svc}|booking|appointment) been (moved|rescheduled|changed)) "
         "to {time:bare}( yet| already|){qend}"),
        ("m_show_up_system_01",
         "(does my (car wash|{svc}|booking) (show up|appear)|is my (car wash|{svc}|booking) "
         "(showing up|in there|saved)) in the system[ for {time:bare}]{qend}"),
        ("m_settle_on_01",
         "{fill} (what time|which store) did we (say|settle on|agree on|land on) "
         "for (the car wash|my {svc})[ {time:day}]{qend}"),
        ("m_rundown_01",
         "(give me|I want|I'd like|can I get) a (quick |)(rundown|summary|recap|run-through) of "
         "my (car wash |)(bookings|appointments|reservations)[ at {store}][ for {time:day,bare}]"),
        ("m_remember_to_book_01",
         "did I (remember to|forget to|ever) book (the car wash|{svc:a}|a slot)[ at {store}] "
         "(for {time:bare}|{time}){qend}"),
    ),
}

_ZH_BOOK_3: dict[str, tuple[tuple[str, str], ...]] = {
    "book_car_wash": (
        # an older driver who cannot use the app
        ("k_app_trouble_01",
         "(我|)(不会用|搞不懂|弄不明白|玩不转)(那个|手机上那个|)(APP|小程序|软件)，"
         "(你|)(直接|)(帮我|替我)(约|订)(个|一个){svc}[，{time}][，{store}](吧|)"),
        # correcting a misrecognition
        ("k_mishear_01",
         "[(你听错了|不对不对|错了错了)，](不是|我不是要)(导航|打电话|放歌|查天气)，"
         "(是|我是要)(约|预约)(个|一个){svc}[，{time}][，{store}]"),
        # 是……的 emphasis
        ("k_shi_de_01",
         "我是(想|打算|准备){time}(去|到){store}{svc:v}的，"
         "(你|)(帮我|给我)(约|订|安排)(一下|上)(吧|)"),
        # 再不……就……了
        ("k_zai_bu_01",
         "(这车|车|我这车)再不(去|){svc:v}(就|都)(没法开了|要长草了|看不出本色了|没法见人了)，"
         "{time}(给我|帮我)(约上|约一个|安排上)(吧|)[，{store}]"),
        # postposed attributes: 要……的
        ("k_yao_de_01",
         "(约|订|来)(个|一个){svc}，要{time}的[，(店|门店)要{store:short,named}的]"),
        # whichever store is free
        ("k_which_free_01",
         "{time}(哪家|哪个店|哪家店)(有空位|有位置|能约上|不用排队)就(约|订)哪家，"
         "(给我|帮我|)(来个|约个|订个){svc}"),
        # as soon as possible, no time said
        ("k_asap_01",
         "(越快越好|尽快|越早越好|能多快就多快)(啊|)，(帮我|给我)(约|订)(个|一个){svc}[，{store}]"),
        # app-style: create a new booking
        ("k_new_entry_01",
         "(新建|创建|添加|新增)(一个|一条|)(预约|订单)，(项目|类型|服务类型)(是|选|){svc}"
         "[，{time}][，{store}]"),
        # licence plate first
        ("k_plate_01",
         "(车牌|车牌号|我的车牌)(京A88888|京N6K321|京Q12345|京B7X520|京P02468)(这辆车|这台车|)，"
         "{time}(约|订|安排)(个|一个){svc}[，{store}]"),
        # a habitual store
        ("k_habit_store_01",
         "我(一般|平时|一直|每回)都(去|在){store:short,named}(那儿|那边)(收拾车|打理车子|弄车)，"
         "(这次|这回)(也|还是)(约|订)(那儿|那边|那家)(吧|)，{time}，{svc}"),
        # always wanted to try the store's service
        ("k_first_try_01",
         "(一直|早就|老早就)想(试试|体验一下|去试一次){store:short,named}的{svc}，"
         "{time}(正好|刚好|碰巧)有空，(帮我|给我)(约|订)(一个|上)(吧|)"),
        # Shanghai flavour
        ("k_shanghai_01",
         "{time}(帮我|侬帮我|麻烦侬)(约|订)(个|只){svc}(好伐|伐|呀)[，{store}(好了|)]"),
        # regional tag question at the end
        ("k_region_tag_01",
         "{time}(帮我|给我)(约|订)(个|一个){svc}(噻|嘛|)[，就{store}]，"
         "(要得不|要得哇|中不中|中不|成不成|得不得)"),
        # Cantonese-influenced Mandarin
        ("k_canton_01",
         "(唔该|麻烦晒|唔该晒)，帮我约个{svc}(啦|先)，{time}(啦|)[，{store}(啦|)]"),
        # 等我……就……
        ("k_deng_wo_01",
         "等我{time}(忙完|下了班|开完会|接完人)(了|)，(就|)(去|直奔){store}{svc:v}，"
         "(你|)(先|)(帮我|给我)(约好|约上|留好位置)"),
        # 先……再……
        ("k_xian_zai_01",
         "{time}先(去|到){store}{svc:v}，(然后|再)(去上班|去接孩子|去吃饭|回家)，"
         "(帮我|给我|你|)(把这个|)(约一下|订一下|约上)"),
        # another car command first, then the booking
        ("k_multi_cmd_01",
         "(把空调(调低|开大)(一点|点)|音乐(小声点|先关了)|把车窗关上|座椅加热打开)，"
         "(然后|还有|另外|再)(帮我|给我)(约|订)(个|一个){svc}[，{time}][，{store}]"),
        # holds a membership card of the store
        ("k_member_card_01",
         "我(办了|有){store:short,named}的(会员卡|卡|年卡|次卡)，{time}(去|过去){svc:v}，"
         "(帮我|给我)约(一下|上)"),
        # answers its own questions
        ("k_qa_self_01",
         "(帮我约一下|帮我订一个|约个位置)，(什么时候|时间)？{time}。(在哪|哪家店|地点)？{store}。"
         "(做什么|什么项目|干啥)？{svc}。(就这些|就这样|完了)"),
        # internet slang: 求 / 蹲
        ("k_dun_01",
         "(求|蹲|急求)(一个|个){time}的{svc}(位置|名额|号|)[，{store:short}]"
         "(，谢谢|，感谢|，拜托了|)"),
        # frustrated negative question
        ("k_bu_neng_01",
         "(你|)(就|)不能(帮我|给我)(约|订)(个|一个){svc}吗？{time}[，{store}]"),
        # the car is idle anyway
        ("k_car_idle_01",
         "{time}(车|这车)(反正|正好|刚好)(不用|闲着|停着也是停着)，(送去|开去){store}{svc:v}"
         "(得了|吧|)，(帮我|给我|)(约一下|订一下|约上)"),
        # leave the car at the store and let the staff do it
        ("k_leave_car_01",
         "{time}(我|)把车(放|停|留)(在|到){store}，(让|叫)(他们|店里|师傅|店里的人)"
         "(给|帮我|给我){svc:v}，(你|)(先|)(帮我|)(预约|约)(一下|好)"),
        # hesitation, then decision
        ("k_hesitate_01",
         "(要不要|该不该){svc:v}呢……((行|得了|嗯|好吧)，|那就)(约|订)(吧|一个吧|上吧)，"
         "{time}[，{store}]"),
        # don't forget to book it
        ("k_bie_wang_01",
         "(别忘了|可别忘了|记着)(帮我|给我)(约|订){time}的{svc}[，{store}](啊|哈|)"),
        # keep the time free for it
        ("k_keep_free_01",
         "我{time:day}(把时间|特意|)(空出来了|留出来了|腾出来了)，(专门|就是要)(去|到){store}{svc:v}，"
         "(帮我|你)(约上|预约一下)"),
        # number of cars, terse
        ("k_count_car_01",
         "(一台|一辆|两台|两辆)(车|小车|SUV)，{svc}，{time}[，{store:short}](，谢谢|)"),
        # not that time, this one
        ("k_not_that_time_01",
         "(帮我|)(约|订)(个|一个){svc}，(不要|别)(约|订)(在|){old}，(要|约|订)(在|){time}"),
        # an older driver addressing the assistant
        ("k_address_term_01",
         "(小姑娘|小伙子|闺女|小同志|师傅)，(你|)(给我|帮我)(约|订)(一个|个){svc}，{time}"
         "[，{store}]"),
        # split verb 预个约
        ("k_yu_ge_yue_01",
         "(帮我|给我)(预个约|约个时间|定个时间)，{svc}[，{store}]，{time}"),
        # decisive: 干脆
        ("k_gan_cui_01",
         "(干脆|索性|要不干脆|得了，){time}(直接|)(去|到){store}{svc:v}(算了|)，(帮我|)(约上|订上)"),
        # presupposed question about the store
        ("k_presuppose_01",
         "(我记得|好像|应该){store}(能|可以){svc:v}(吧|是吧)？(那|)(帮我|给我|就)(约|订)(个|一个)"
         "{time}的"),
        # afterthought opener 对了
        ("k_dui_le_01",
         "(对了|哦对了|还有个事)，(帮我|给我)(约|订)(个|一个){svc}，{time}[，{store}]"
         "(，差点忘了|，别忘了|)"),
        # long rambling explanation with 呢
        ("k_ramble_02",
         "(就是说|我的意思是|是这样的)，(我这个车|我那个车)呢，(有点|挺|太)脏了，"
         "(我就想|就想着)(说|)，{time}(能不能|看能不能)(去|到){store}(给它|给车){svc:v}，"
         "(你|)(给我|帮我|)(弄一下|安排一下)"),
        # service as topic, asking if it can be booked
        ("k_svc_can_book_01",
         "{svc}(现在|)(能约吗|可以约吗|能订吗|约得上吗)？(我|)(想要|要|想约){time}的[，{store}]"),
        # reason for picking the store
        ("k_store_reason_01",
         "{store:short,named}(比较近|比较顺路|离公司近|离家近|停车方便)，(就|)(约|订)那儿吧，"
         "{time}，{svc}"),
        # hurry, with a reason at the end
        ("k_hurry_01",
         "(快点|赶紧|抓紧)(帮我|给我)(约|订)(个|一个){svc}，{time}[，{store}]，"
         "(晚了|去晚了|再晚)(就没位置了|要排队|就约不上了)"),
        # formal dictation asking for confirmation
        ("k_formal_confirm_01",
         "(我要|我想|)(预订|预约)：{time}，{store}，{svc}。(请确认|确认一下|帮我确认)"),
        # split time: the store between the day and the clock
        ("k_time2_store_mid_01",
         "(约|订)(个|一个){time:day}{store:short,named}{time2:clock}的{svc}"),
        # split time: check a clock time, book if free
        ("k_time2_check_clock_01",
         "{time:day}{svc:v}，你(帮我|给我)(看看|查查){time2:clock}(还有没有位置|有没有空|能不能约)，"
         "(有|能)(的话|)(就|)(直接|)(约|订)(上|了)"),
        # split time: asking which clock time is free
        ("k_time2_ask_clock_01",
         "{time:day}(几点|什么时候)(有空|有位置|能约)？{time2:clock}(行吗|可以吗|有吗)？"
         "(行的话|可以的话|有的话)(给我|帮我)(约|订)(个|一个){svc}"),
        # split time: a day off, arrival time
        ("k_time2_day_off_02",
         "{time:day}我(请了假|调休|没课|不忙)，{time2:clock}(就能|能|可以)(到|过去)，"
         "{store}{svc:v}，(帮我|)(约|订)一下"),
    ),
}

_ZH_UNK_3: dict[str, tuple[tuple[str, str], ...]] = {
    "unknown": (
        # --- the car's own scheduled functions: 预约/定时 + a time, but a vehicle setting -------
        ("k_ota_update_01",
         "{hi}(车机|系统|车载系统)(有新版本了|提示要升级|说有个更新)，"
         "(帮我|就|你|)(预约|安排|定)在{time}(升级|更新|装)(吧|)"),
        ("k_precondition_01",
         "(帮我|)(预约一下，|预约|定个时，|设个定时，){time}(远程|提前|)"
         "(启动空调|开空调预热|给车预热|打开座椅加热|把车里先凉快下来)"
         "(，我到时候直接上车|，出门前弄好|)"),
        ("k_ev_charge_timer_01",
         "(把|)(预约充电|定时充电)(的时间|)(设成|改成|调到|定在){time}(开始|)(吧|)"
         "(，那会儿(谷电|电价)便宜|，峰谷电价划算|)"),
        # --- car hardware and dashboard ----------------------------------------------------------
        ("k_dashcam_save_01",
         "(刚才|刚刚)(被人剐了一下|有人别我|差点被追尾|有辆车蹭了我)，"
         "(把|)(行车记录仪|记录仪)那段(视频|录像)(存下来|保存好|锁定一下|单独存一份)"),
        ("k_parking_spot_memo_01",
         "(记一下|帮我记住|记住)，(我的|)车停在({place}|国贸商城|西单大悦城|公司|望京SOHO|小区)(地下|负)(一|二|三)层(A|B|C|D)区"
         "(，(回头|待会儿)(提醒我|别让我找不着)|)"),
        ("k_trunk_open_01",
         "(打开|开一下|帮我开)后备箱，(我|)(拿一下|取一下|放一下)"
         "(水桶|洗车刷|擦车毛巾|行李|雨伞|折叠椅)"),
        ("k_washer_fluid_where_01",
         "(仪表盘|屏幕|中控)(提示|报|显示)玻璃水(不足|快没了|液位低)，"
         "(这车|我这车|)(从哪儿加|加注口在哪|往哪儿加){qend}"),
        ("k_dash_icon_01",
         "仪表盘上(那个|)(小扳手|黄色感叹号|发动机灯|小油壶灯|胎压灯)(亮了|一直亮着|老是亮)，"
         "(啥意思|是什么意思|要不要紧|得去店里看看吗)(？|)"),
        ("k_hail_move_car_01",
         "{time}(说是|好像|听说)(要下冰雹|有沙尘暴|有大风预警|有暴雨)，"
         "(车|我的车)(要不要|用不用|需不需要)(挪到地下车库|停到地库|罩个车衣){qend}"),
        # --- knowledge and advice questions about washing (no booking) ----------------------------
        ("k_define_service_01",
         "(啥叫|什么是|什么叫){svc}(啊|呀|)(？|，)(具体|都|)(包括|包含|有)(哪些|啥)(项目|内容|步骤)"),
        ("k_paint_damage_01",
         "(机洗|自动洗车|无接触洗车|电脑洗车|隧道洗车|高压水枪冲)"
         "(伤不伤漆|会不会伤车漆|对漆面有没有伤害|会不会留划痕){qend}"),
        ("k_winter_frozen_01",
         "(冬天|零下|天太冷)洗完车(车门|车窗|门锁|雨刷)(冻住了|冻上了|打不开了)，"
         "(怎么办|咋整|有啥办法){qend}"),
        ("k_floor_mats_01",
         "(脚垫|座套|方向盘套|安全座椅的布套)(能不能|可不可以)"
         "(放洗衣机里洗|直接水洗|用洗洁精刷|拿高压水枪冲){qend}"),
        ("k_sell_car_prep_01",
         "(我打算|准备|想)(把车卖了|换车了|把这车出手)，(卖之前|出手前)(有没有必要|要不要|值不值得)"
         "(先|)(做个精洗|做个美容|做个内饰清洗|打个蜡|好好洗洗)，(能多卖点钱吗|估价会高点吗|车商看得出来吗)"),
        ("k_maint_free_wash_01",
         "(做保养|换机油|做首保|去4S店保养)(送不送|包不包|附不附带)(洗车|免费洗车|精洗){qend}"),
        ("k_rumor_check_01",
         "(听说|我朋友说|网上都说|同事跟我说){store}(的|)(洗车|{svc})(特别便宜|才二十块|特别坑|老排长队)，"
         "(真的假的|是真的吗|有这回事吗|你知道吗)"),
        # --- money: arithmetic, expenses, vouchers ------------------------------------------------
        ("k_calc_wash_cost_01",
         "(洗一次车|一次精洗|打一次蜡)(三十五|五十|六十八|一百二)(块|元)，"
         "(一个月|一年)(洗四次|洗两次|洗二十次|做六次)(一共|总共)(多少钱|得花多少|要多少)"),
        ("k_expense_log_01",
         "(记一笔|记个账|帮我记账)(：|，)(今天|刚才|上午|下午)"
         "((在{store}|){svc}|洗车|加油|停车)花了(四十|八十八|一百二|三十五|两百)(块|元)"),
        ("k_coupon_transfer_01",
         "(把|)(我那张|我的|剩下的)(洗车券|洗车卡|精洗券|次卡)(转给|送给|分享给)"
         "(我老婆|我爸|同事|朋友)(用|)(吧|)"),
        ("k_fuel_price_01",
         "{time:day}(油价|92号汽油|95号油)(调不调|涨不涨|是多少钱一升|降没降){qend}"),
        ("k_gas_promo_nav_01",
         "(前面|附近|这个)(加油站|中石化|中石油)(加油|加满)(送不送洗车|送洗车券吗|送免费洗车吗)(？|，)"
         "(送的话|要是送)就(导航过去|去那儿加|带我过去)"),
        # --- social media, copywriting, jokes, songs ------------------------------------------
        ("k_moments_post_01",
         "(发个朋友圈|发条朋友圈|帮我发个微博)(：|，)"
         "(刚在{store}洗完车，(美滋滋|干干净净|舒服了)|爱车焕然一新，(开心|心情好)|"
         "洗完车就下雨，我太难了)"),
        ("k_copywriting_01",
         "(帮我|给我|你帮我)(写|编|想)(一段|个|一条|几句)(洗车店的|关于洗车的|跟洗车有关的)"
         "(朋友圈文案|广告语|顺口溜|小诗)"),
        ("k_joke_topic_01",
         "(讲个|说个|来个|给我讲讲)((跟|和)(洗车|开车|堵车|加油)有关的|关于(洗车|开车|堵车|加油)的)"
         "(笑话|段子|冷笑话)(吧|呗|)"),
        ("k_song_wash_title_01",
         "(来一首|放一下|播放|给孩子放|换成)(洗刷刷|《洗刷刷》|我爱洗澡|《我爱洗澡》|雨一直下|下雨天)"
         "(吧|呗|)"),
        # --- other orders and bookings shaped like a car-wash booking -----------------------------
        ("k_flower_cake_01",
         "(帮我|给我|)订(一束花|一束玫瑰|一捧康乃馨|个生日蛋糕)，{time}(送到|送去)(公司|我家|国贸|望京SOHO|三里屯太古里|中关村)"
         "(，卡片上写生日快乐|，备注别打电话|)"),
        ("k_coffee_pickup_01",
         "(在|帮我在){place}(的|那家|)(星巴克|瑞幸)(点|下单)(一杯|两杯)"
         "(拿铁|美式|生椰拿铁|冰咖啡)，{time}(到店取|过去拿|到店自提)"),
        ("k_court_avail_01",
         "{time}(想|要|打算)(打羽毛球|打网球|打篮球)，(看看|查查){place}(附近|那边)"
         "(哪个|哪家)(球馆|场馆)(还有场|有空场地)，有的话(订|约)(一片|一个场|一个小时)"),
        ("k_invite_person_01",
         "(帮我|)约(老王|张总|客户|我哥们儿){time}在(国贸|三里屯|望京|中关村|西单|公司楼下)"
         "(吃饭|喝茶|喝咖啡|见面|碰个头)，"
         "(发微信|发个消息|打电话)问问他(有没有空|方不方便|行不行)"),
        ("k_dmv_license_01",
         "(驾照|驾驶证|行驶证)(快到期了|要换证了|该审了)，{time}(去|要去)车管所(办|换证|审验)，"
         "(帮我导航过去|到时候提醒我|帮我查查要带啥材料)"),
        ("k_etc_install_01",
         "(想|打算|准备){time}去{place}(那边的|附近的)(网点|银行)(办|装)(个|)ETC，"
         "(那边|)(要排队吗|得提前预约吗|用不用带行驶证|需要预约吗)"),
        # --- navigation and driving -------------------------------------------------------------
        ("k_route_pref_01",
         "(去|到){store}(避开|别走|不走)(高速|三环|拥堵路段|收费站|主路)(，(重新|)规划一下|吧|)"),
        ("k_make_it_by_01",
         "(我|){time}(得|要|必须)(赶到|到){place}(开会|接人|办事|)，(现在走|现在出发|这会儿出发)"
         "(来得及吗|赶得上吗|时间够吗)"),
        ("k_distance_compare_01",
         "{store:short}(跟|和)(王府井|鸟巢|南锣鼓巷|北京南站|颐和园)(哪个|哪边)"
         "(离我近|离这儿近|近一点|更近){qend}"),
        ("k_toll_fee_01",
         "(走高速|从这儿|从{place})(去|到)(天津|机场|大兴机场|承德|北戴河)"
         "(过路费|高速费|要交多少过路费)(多少钱|要多少|大概多少){qend}"),
        ("k_service_area_01",
         "(有点困了|开累了|眼皮打架|想歇会儿)，(前面|下一个)(服务区|休息区)"
         "(还有多远|还有几公里|在哪儿|还要开多久)"),
        ("k_violation_check_01",
         "(上周|前两天|昨天|上个月)(在{place}那边|在长安街上|在机场高速上|在三环上)(好像|可能|估计)(闯了个红灯|压线了|被拍了|超速了)，"
         "(帮我|)(查查|查一下|看看)(有没有|是不是有|有几个)(违章|罚单)"),
        ("k_wait_nearby_01",
         "(车在{store}洗着呢|等洗车这会儿|洗车得等一个钟头)，(附近|周边)"
         "(有啥|有什么|有没有)(好吃的|能逛的|咖啡店|能坐会儿的地方)"),
        # --- reminders, people, dates -----------------------------------------------------------
        ("k_kid_class_remind_01",
         "{time}(送孩子去|带孩子去|送闺女去)(上钢琴课|学游泳|上英语课|上补习班)，"
         "提前(半小时|二十分钟|一个小时)(叫我|提醒我|喊我一声)"),
        ("k_gift_idea_01",
         "{time:day}要(给老婆过生日|给我妈过生日|过结婚纪念日|陪女朋友过情人节)，"
         "(你|)(帮我|给我|)(想想|出个主意|推荐推荐)(送什么礼物|去哪吃饭|买什么花)"),
        ("k_missed_call_back_01",
         "(刚才|刚刚){store}(给我打电话|来电话|打了个电话)(了|)，"
         "(我没接着|没接到|我在开车没接)，(帮我|)(回过去|回个电话|回拨一下)"),
        ("k_read_sms_01",
         "(念一下|读一下|播报一下)(刚才|刚收到的|最新的)(那条|)(短信|微信|消息)"
         "(，好像是{store}发的|，是不是{store}发来的|)"),
        # --- talking about the assistant itself ---------------------------------------------
        ("k_capabilities_01",
         "(你|小G你)除了(约洗车|订洗车|预约洗车)(以外|之外|)(还|)(能|会)(干啥|干点啥|做什么|帮我干嘛){qend}"),
        ("k_asr_correction_01",
         "(你|)(听错了|搞错了|理解错了)，(我|)(没说|不是说|不是要)(洗车|约洗车)，"
         "(我说的是|我是说|是)(去西站|喝喜酒|去喜来登|去西单吃饭)"),
        ("k_just_asking_01",
         "{store}{time}(人多不多|要不要排队|忙不忙)(啊|)？(我|)(就|只是|)(随便|)问问，"
         "(先|)(不用|别)(帮我|)(约|订)"),
        ("k_store_terse_01",
         "{store:short}(，| |)(营业时间|电话号码|地址|停车场入口|导航)"),
        ("k_mixed_office_remind_01",
         "{time}(记得|)(remind我|提醒我)(开个call|回个email|跟老板sync一下|交report|check一下邮件)"),
    ),
}

_ZH_CHANGE_3: dict[str, tuple[tuple[str, str], ...]] = {
    "cancel_booking": (
        # ask to check first, cancel only if it is there
        ("k_cancel_if_exists_01",
         "(帮我|你|)(看看|查查|瞅瞅)我{time}是不是(约了|订了)(个|一个)(洗车|{svc})，"
         "(有的话|是的话|要是有)(直接|就|)(给我|帮我|)(取消|退)(了|掉)(吧|)"),
        # Beijing colloquial: 甭…了，…得了
        ("k_cancel_beijing_01",
         "(甭|不)(洗|去|折腾)了，{time}(那个|那)(洗车|{svc}|号)(给|)(退|撤|取消)了得了"),
        # doubled exclamation first
        ("k_cancel_repeat_01",
         "(不要了不要了|不去了不去了|算了算了|不弄了不弄了)，{time}(那个|的)(洗车|{svc}|预约)"
         "(你|)(帮我|给我|)(取消|退了|撤了)(吧|)"),
        # request, then a tag question
        ("k_cancel_tag_q_01",
         "(你|)(帮我|给我)把{time}(的|那个)(洗车|{svc}|预约)(取消|退)(一下|了|掉)，"
         "(行不|行不行|成不|好不好|中不)(？|)"),
        # 因为…所以…
        ("k_cancel_because_so_01",
         "因为{time}(我|)(要出差|得加班|要陪客户|要去外地|家里有事)，"
         "所以(那个|)(洗车|{svc}|预约)(只能|得|就)(取消|退掉|撤)了"),
        # 趁…赶紧
        ("k_cancel_before_01",
         "趁(还没到点|还来得及|店里还没准备)，(赶紧|快|)把[{store:short}]{time}"
         "(的|那个)(洗车|{svc}|预约)(取消了|退了|撤了)"),
        # someone at home decided
        ("k_cancel_boss_said_01",
         "(家里领导|我老婆|我媳妇|我对象|我妈)(发话了|说了|不让去了)，{time}(得|要)"
         "(陪家里人|回老家|在家带孩子|去走亲戚)，(洗车|{svc}|预约)(就|)(取消|退了|撤了)吧"),
        # money is tight
        ("k_cancel_budget_01",
         "这(个月|阵子)(手头紧|钱不够花|花超了)，{svc}(太贵|有点贵|不划算)了，"
         "{time}那个(先|就|)(退了|不做了|取消了)(吧|)"),
        # 至于… follow-up
        ("k_cancel_topic_zhiyu_01",
         "至于{time}(那个|的)(洗车|{svc}|预约)(嘛|呢)，(就|)(不用了|算了|免了)，"
         "(你|)(帮我|)(取消|撤)(了吧|掉吧)"),
        # cleft: what I want to cancel is …
        ("k_cancel_cleft_01",
         "我(要|想)(取消|退掉|撤销)的是{time}(在{store:short}|)(的那个|那个)(洗车|{svc}|预约)"
         "(，不是别的|，别弄错了|)"),
        # not that one, this one
        ("k_cancel_not_that_one_01",
         "不是{old}(的|那个)，是{time}(的|那个)(洗车|{svc}|预约)，(把它|那个|)(取消|撤了|退了)(吧|)"),
        # answering a reminder notification
        ("k_cancel_reply_reminder_01",
         "(刚收到|收到了|看到)(提醒|通知|短信)了，{time}(的|那个)(洗车|{svc}|预约)(我|)"
         "(过不去|去不了|顾不上)，(帮我|你|)(取消|退)(了吧|掉吧|一下)"),
        # complaint about the store
        ("k_cancel_complaint_01",
         "{store:short}(上回|上次)(洗得不干净|让我等了一个多小时|把我车刮了|态度太差)，"
         "(那边的|那个|)(预约|{svc}|单子)(我不要了|给我退了|撤了吧)"),
        # talking to oneself
        ("k_cancel_self_talk_01",
         "{time}(那个|的)(洗车|{svc})(我|)还去(不去|吗)？(算了|不去了|算了不去了)，"
         "(取消吧|退了吧|你帮我取消)"),
        # older speaker, chatty
        ("k_cancel_elder_01",
         "(小G啊，|哎，那个，|)你帮我(看一下|弄一下)啊，(那个|)我{time}(约的|订的)那个(洗车|{svc})啊，"
         "我去不了了，(给它|把它|你给)(取消了|退了)吧，啊"),
        # out of town that day
        ("k_cancel_away_01",
         "{time:day}(那天|)我不在北京(，|)(要去外地|回老家|出差)，(洗车|{svc})(就|)免了，"
         "(预约|号|单子)(退掉|撤了|取消)(吧|)"),
        # recalls the clock mid-sentence
        ("k_cancel_time2_recall_01",
         "{time:day}(约的|订的)那个(洗车|{svc}|)，几点来着，(哦|噢|对)，{time2:clock}(的|那个)，"
         "(取消掉|帮我取消|撤了吧)"),
        # two bookings that day, cancel one by the clock
        ("k_cancel_time2_which_01",
         "{time:day}(我|)(是不是(约了两个|有两个预约|订了两单)？|好像(约了两个|有两个预约|订了两单)吧，)"
         "(把|){time2:clock}"
         "(那个|那单)(取消|撤了|退了)，(另一个|别的)(留着|不动)"),
        # driving, can't use the phone
        ("k_cancel_drive_busy_01",
         "(开着车呢|我在开车|正开车呢)(，|)(不方便|没法)(弄手机|看手机|操作)，你(直接|)帮我把"
         "[{store:short}]{time}(的|那个)(洗车|{svc}|预约)(取消|退)(了|掉)"),
        # identified by account / phone number
        ("k_cancel_by_account_01",
         "(用我这个手机号|我这个账号|用我这个号)(约的|订的|下的)(那个|那单)(洗车|{svc}|预约)"
         "[，{time}的]，(取消|退了|撤了)(吧|)"),
        # booked twice by accident
        ("k_cancel_duplicate_01",
         "(好像|)(约重了|订重复了|下了两单)，{store:short}{time}(那个|那单)(多出来的|重复的|)"
         "(给我|帮我|)(取消了|退了|删了)(吧|)"),
    ),
    "reschedule_booking": (
        # cleft: what I want to change is …
        ("k_resched_cleft_01",
         "我(要|想)改的是{old}(的|)那个(洗车|{svc}|预约)(，不是别的|)，(改到|挪到|换成){time}"),
        # 与其…不如…
        ("k_resched_rather_01",
         "与其{old}(去|跑一趟)，(还|)不如{time}(去|过去)，(帮我|你|)把(洗车|预约|{svc})"
         "(改|换|挪)(一下|过去)"),
        # proposal with 这样吧 … 怎么样
        ("k_resched_how_about_01",
         "(要不这样|这样吧|你看这样行不行)，(洗车|预约|{svc})(咱|我们|)(改成|挪到|换到){time}，"
         "(你看|)(咋样|怎么样|成不成)"),
        # answering a reminder notification
        ("k_resched_reply_reminder_01",
         "(刚收到|收到|看到)(提醒|通知|短信)了，{old}(那个|的)(洗车|{svc}|预约)(我|)"
         "(去不了|赶不上|过不去)，(顺延到|挪到|改到){time}(吧|)"),
        # old time as topic, 够呛, then try the new one
        ("k_resched_topic_ne_01",
         "{old}(这个时间|那个点|那天)(呢|啊)，(我|)(估计|可能|)(够呛|悬)，(你|)(看看|瞅瞅)"
         "{time}(行不行|成不成|有没有位置)，(行的话|可以的话|有的话)(帮我|就|)(改过去|挪过去|换过去)"),
        # 因为…所以…
        ("k_resched_because_so_01",
         "因为{old}(临时|突然|)(要出差|要加班|得去医院|有个会)，所以(洗车|预约|{svc})"
         "(想|得|要)(改到|挪到|换到){time}"),
        # new time, later is fine too
        ("k_resched_or_later_01",
         "(把|)(洗车|预约|{svc})(改|挪|推)到{time}，(再晚点|再晚一点|稍微晚点)(也行|也可以|也没事)，"
         "(反正|就是|)别太早(就行|)"),
        # resigned: 只能…了
        ("k_resched_only_can_01",
         "{old}(老婆让我陪她回娘家|要陪孩子上课外班|单位要团建|要去接老人)，"
         "(洗车|预约|{svc})(只能|只好|就只能)(挪到|改到|往后推到){time}了"),
        # the assistant got it wrong
        ("k_resched_you_wrong_01",
         "你(给我|帮我|)(约成|订成|弄成|记成){old}了，我(要的|说的)是{time}，"
         "(赶紧|快|)(改过来|给我改了|改一下)"),
        # driving, can't use the phone
        ("k_resched_driving_01",
         "(开着车呢|我在开车|正开车呢)，(没法|不方便)(看手机|弄|点屏幕)，你(直接|)把"
         "[{store:short}](那个|)(洗车|预约|{svc})(改到|挪到|换到){time}(就行|吧)"),
        # colloquial 挪X去
        ("k_resched_nuo_qu_01", "(那个|)(洗车|预约|{svc})(给我|你|)挪{time}去(吧|得了|)"),
        # return the slot, take another one
        ("k_resched_swap_slot_01",
         "(把|){old}(那个|的)({svc}的|)(号|位子)(帮我|给我|)退了，换(个|一个){time}的(吧|)"),
        # day, then "I'm done by <clock>"
        ("k_resched_time2_busy_until_01",
         "(往后推到|挪到|改到){time:day}吧，(那天|)我(忙完|下了班|开完会)(差不多|大概|估计)(得|)"
         "{time2:clock}(了|)"),
        # the plan first, the request last
        ("k_resched_time2_plan_first_01",
         "{time:day}我(休息|在家|不上班|调休)，(打算|准备|想){time2:clock}(左右|那会儿|)把车开过去，"
         "(原来|之前)(那个|的)(预约|洗车|{svc})(帮我|)(改一下|调过来|挪过来)"),
        # car lent out on the old day
        ("k_resched_car_lent_01",
         "(车|车子){old}(要借给朋友开|得借给同事|要给我爸用|要去年检)，(那个|)(洗车|预约|{svc})"
         "(挪|推|改)到{time}(吧|)"),
        # sorry, changing it yet again
        ("k_resched_again_01",
         "(不好意思|抱歉|真不好意思)(啊|)，又(得|要)(麻烦你|折腾你)了，(洗车|预约|{svc})"
         "(再|还得)改(一次|一回)，(改到|挪到|换到){time}"),
        # 等…再…
        ("k_resched_wait_until_01",
         "等我(出差|旅游|回老家|培训)回来再(洗|弄|去)吧，(把|)(预约|洗车|{svc})(挪到|推到|改到){time}"),
        # code-mixed "push"
        ("k_resched_push_01",
         "(那个|)(洗车|预约|{svc})(往后push一下|push一下|往后push)(吧|)，(push到|推到|到){time}"),
        # idiom lead-in
        ("k_resched_idiom_01",
         "(计划赶不上变化啊|人算不如天算|真是计划赶不上变化)，{old}(又|)(去不成|去不了|走不开)了，"
         "(给我|帮我|)(改到|改成|挪到|换到|换成){time}"),
        # 往X挪
        ("k_resched_wang_nuo_01",
         "(把|)(洗车|预约|{svc})(给我|帮我|)往{time}(挪|挪一挪|挪挪|调一调|推推)"),
        # transfer the slot
        ("k_resched_transfer_01",
         "{old}(的|那个)(号|预约|位置)(能不能|可不可以)(转到|顺到|挪到){time}(用|){qend}"),
        # two fields: day and clock
        ("k_resched_time2_fields_01",
         "(日子|日期)(改成|改到|换成){time:day}，(钟点|点儿|时间)(改成|换成|定成){time2:clock}"),
        # move it and remind me
        ("k_resched_plus_remind_01",
         "(把|)(洗车|预约|{svc})(挪到|改到|调到){time}，(到时候|提前|前一天)"
         "(提醒我一下|叫我一声|给我提个醒)"),
        # the last change did not go through
        ("k_resched_retry_01",
         "(刚才|刚刚)(好像|)没改(成功|成|上)，(你|)再(试一下|弄一次|帮我改一次)，(改到|挪到|换到){time}"),
        # same store, other time
        ("k_resched_still_store_01",
         "还(去|在){store}，(就是|只是|不过)(时间|日子)(换到|改成|挪到){time}"),
        # new time first, which booking after
        ("k_resched_afterthought_01",
         "(改到|挪到|换到){time}(吧|)，(我说的是|我是说|说的是){store:short}(那个|的)(洗车|{svc}|预约)"),
    ),
}

_ZH_QUERY_3: dict[str, tuple[tuple[str, str], ...]] = {
    "query_booking": (
        # rhetorical "didn't I book ...?" + "then why can't I see it"
        ("k_query_thought_booked_01",
         "我{time}不是(约了|订了|预约了)(个|一个|)[{store:short}的](洗车|{svc})吗，"
         "(怎么|咋)(没看到|查不到|找不着|列表里没有)(呢|啊|)"),
        # does my booking clash with another appointment
        ("k_query_clash_01",
         "我{time}(那个|的)(洗车|{svc}|预约)(会不会|是不是|有没有)跟(开会|接孩子|公司例会|饭局|面试)"
         "(撞|冲突|撞上)(了|)"),
        # the address of the store I booked
        ("k_query_address_01",
         "我{time}(约|订)的那家(洗车店|店)(地址|具体位置|门牌号)是(哪儿|什么|多少)(来着|){qend}"),
        # did I book it twice
        ("k_query_duplicate_01",
         "(我|)[{store:short}]{time}(那个|的)(洗车|{svc}|预约)(是不是|会不会)"
         "(约重了|订重复了|约了两次|重复下单了){qend}"),
        # push the booking details to my phone
        ("k_query_send_phone_01",
         "(把|)(我|){time}(那个|的)(洗车|{svc})(预约|订单)(信息|详情|)"
         "(发到|发给|推送到|同步到)(我|)(手机|微信)(上|)(吧|)"),
        # what the booking slip says
        ("k_query_slip_says_01",
         "[{time}(的|)](那张|那个)(洗车|)(预约单|订单|单子)上(写的|显示的|登记的)"
         "(时间|门店|项目)是(啥|什么|哪个)(来着|){qend}"),
        # question word first, the booking as an afterthought
        ("k_query_wh_first_01",
         "{fill}(几点|哪天|哪家店|几号|什么时候)(来着|啊|)，((我|)(约的那个|订的那个)(洗车|{svc})|"
         "我那个(洗车|{svc}|预约))[，{store:short}那边]"),
        # registered plate / phone number right?
        ("k_query_plate_01",
         "我{time}(那个|的)(洗车|{svc}|预约)，(登记的|填的|留的)(车牌|车牌号|手机号|电话)"
         "(没写错吧|对不对|是哪个)"),
        # nothing went wrong with it, right?
        ("k_query_no_problem_01",
         "(我|)[{time}](在|){store:short}(那个|的)(预约|洗车|{svc})"
         "(没出什么问题吧|一切正常吧|没什么变化吧|都没问题吧)"),
        # how many in total on that day
        ("k_query_count_day_01",
         "(我|){time:day}(一共|总共)((约了|订了)(几个|几单)(洗车|{svc})|有(几个|几条)(洗车|)预约){qend}"),
        # day as a topic with 的话
        ("k_query_topic_dehua_01",
         "{time:day}的话，(我|)(约的|订的)是(哪家店|哪个店|什么项目|哪个门店)(来着|){qend}"),
        # open the order list and look at one
        ("k_query_open_orders_01",
         "(打开|调出|点开)(我的订单|预约列表|洗车订单|我的预约)，(看看|看一下|查查){time}"
         "(那单|那个|的)(洗车|{svc}|)(还在不在|是什么状态|约的哪家店)"),
        # order progress
        ("k_query_order_stage_01",
         "(我|)[{store:short}]{time}(那单|那个)(洗车|{svc})(订单|单子|)(现在|)"
         "(是什么状态|到哪一步了|处理到哪了|处理了没有){qend}"),
        # does the package include a service
        ("k_query_includes_svc_01",
         "我{time}(约的|订的)那个(套餐|项目)(里|)(包不包括|含不含|有没有带|带不带){svc}{qend}"),
        # "this thing" topicalised, is it on record
        ("k_query_this_matter_01",
         "我{time}(去|到){store:short}{svc:v}(这事儿|这件事|这个事)，(你那儿|系统里|你这边)"
         "(有记录吗|记上了吗|登记了没有|有没有记下来)"),
        # verb-object-了没
        ("k_query_vo_le_mei_01",
         "(我|)[{time}](约|订|预约)(上|)(洗车|{svc})了(没|没有|吗)"),
        # going to the store to get what done
        ("k_query_go_for_what_01",
         "我{time}(去|到){store}(洗车|)(是|)(约的|订的)(什么项目|哪个套餐|哪种)(来着|){qend}"),
        # on my way, they do have me down, right?
        ("k_query_they_have_me_01",
         "(我|)(现在|这就)(过去|开过去){store}，(他们那边|他们|店里|人家那边)"
         "(有我的(预约|号|名字)吧|能查到我的预约吧|知道我要来吧)"),
        # the one you booked for me
        ("k_query_you_booked_01",
         "(你|)(上回|之前|刚才)(帮我|给我)(约|订)的(那个|)(洗车|{svc})，(到底|具体|)"
         "(定的|约的|是)(哪天|几点|哪个店|哪家)(啊|)"),
        # sudden recall while driving
        ("k_query_sudden_recall_01",
         "(哎呀|坏了|糟了|对了|哎)，我(是不是|好像)(约了|订了){time}的(洗车|{svc})(来着|)"
         "[，{store:short}那边]，(你|)(帮我|)(看看|查查|确认下)"),
        # day, did I book? then a guessed clock time
        ("k_query_time2_guess_01",
         "{time:day}我(约|订)了(洗车|{svc})没有？(好像|应该|我记得)是{time2:clock}(的|那个|)"),
        # check the store for me on that day, I recall the clock time
        ("k_query_time2_slot_01",
         "(帮我|)(查查|看看){time:day}(在|){store:short}(有没有我的(预约|号)|有我的(预约|号)吗)，"
         "(我|)(印象里|记得|感觉)是{time2:clock}(左右|前后|)(的|)"),
        # bad weather: will it still happen
        ("k_query_weather_still_01",
         "(外面|这)(下大雨了|下雨了|下雪了|刮大风了)，(我|){time}(约的|那个)(洗车|{svc})"
         "(店里还给做吗|还做不做|会不会被取消|还能正常做吗)"),
        # I didn't book anything, did I?
        ("k_query_none_right_01",
         "我{time}应该没(约|订)(洗车|{svc})吧[，(帮我|你|)(看一眼|查一下|瞅瞅)]"),
        # the slot the store is holding for me
        ("k_query_held_slot_01",
         "(帮我|)(看看|问问|查查){store}(给我|替我)(留的|保留的|占的)[{time}的](位置|号|位子)"
         "(还在不在|还有没有|还留着吗)"),
        # rambling: I booked something through you, forgot when, find it
        ("k_query_ramble_find_01",
         "{fill}我(之前|上回|前阵子)(好像|应该)(在你这|通过你|用你)(约|订)了(个|一个)(洗车|{svc})"
         "[，(好像是|应该是){store}]，(具体|)(哪天|几点|时间)(我|)(给|)忘了，(你|)(帮我|)(找找|翻翻|查查)"),
        # cleft: it's booked for <time>, right
        ("k_query_cleft_01",
         "我(那个|)(洗车|{svc})是(约|订|定)在{time}的(吧|对吧|是吧|没错吧)"),
        # this service or something else
        ("k_query_svc_or_01",
         "我{time:day}(约的|订的)是{svc}还是别的(项目|套餐)(来着|啊|)"),
        # you said it's booked, is it really
        ("k_query_you_said_01",
         "(你|)(刚才|刚刚)(说|不是说)(约好了|订上了|预约成功了)，(真|真的|确定)(约好|订上|成功)了(吗|没)"
         "[，{time}(那个|的)(洗车|{svc})]"),
        # conditional: if I have one, tell me where / when
        ("k_query_if_then_01",
         "(要是|如果)我{time}(约了(洗车|{svc})|有(洗车|{svc}|预约))(的话|)，(告诉我|跟我说一下|说一声)"
         "(在哪家店|约的哪家|是哪个门店)"),
        # why does it still show pending
        ("k_query_pending_display_01",
         "我{time}的(洗车|{svc}|)(预约|订单)(怎么|为什么|咋)(还|一直|)(显示|是)"
         "(待确认|处理中|未确认|等待中)(啊|呢|)"),
        # not expired, right?
        ("k_query_expired_01",
         "[{time}]{store:short}(那个|的)(预约|号|{svc})(没过期吧|过期了没有|还没过期吧|是不是过期了)"),
        # already at the store, what time was it
        ("k_query_at_door_01",
         "我(已经|)(到|在){store:short}(门口|楼下|店门口|停车场)了，(我|)(约的|那个预约|预约的)"
         "(是|)(几点|几点的)(来着|啊|)"),
        # I can just drive over, it's booked, right?
        ("k_query_just_go_01",
         "{time}我直接(过去|开过去|去{store:short})就行(了|)吧，(那个|)(洗车|{svc}|位置)(已经|)"
         "(约好|订好|约上)了(吧|吗|没错吧)"),
        # running late, does the booking still hold
        ("k_query_late_valid_01",
         "(路上|这边)(堵车|太堵了|有点堵)，(我|)(可能|估计|怕是)要晚到(一会儿|一点|一阵子)，"
         "{time}(那个|的)(洗车|{svc}|预约)还(算数|作数|保留|有效)吗"),
        # terse, sentence-like fragments
        ("k_query_terse_01",
         "(查|查一下|查询)(预约|洗车预约)。{time}(的|)[，{store:short}]"),
        # which stores do I have bookings at
        ("k_query_which_stores_01",
         "[{time:day}]我(都|)在哪(几家|些)(店|门店)((约了|订了)(洗车|{svc})|有(洗车|{svc}|预约)){qend}"),
        # confirm the store, then ask the time
        ("k_query_confirm_then_ask_01",
         "我(约的|订的)(洗车|{svc})(是|)在{store}吧？(几点的|哪天的|什么时候的)(来着|啊|)"),
        # follow-up ellipsis with 呢
        ("k_query_followup_ne_01",
         "(那|)[{time}]{store:short}(那个|那边的|的)呢？(也|)(约上了吗|订好了没|是几点的|还在吗)"),
        # may I see my booking
        ("k_query_may_i_see_01",
         "(我|)(能|可以)(看看|看一下|瞅一眼)(我的|)[{time}的](洗车|{svc}|)(预约|订单)吗"),
    ),
}

_EN_BOOK_3: dict[str, tuple[tuple[str, str], ...]] = {
    "book_car_wash": (
        # a snap decision after some hesitation
        ("k_you_know_what_01",
         "(you know what|screw it|ah, what the heck|eh, why not|oh, the heck with it)(,|) "
         "(just |)(book|get|grab) me {svc:a}[ at {store}] {time}"),
        # impatient driver after the assistant got it wrong
        ("k_cant_you_just_01",
         "(come on,|ugh,|seriously,|look,|) (can't you|couldn't you) just (book|get|set up) "
         "{svc:a}[ at {store}] {time}{qend}"),
        ("k_one_more_time_01",
         "(for the last time|for the third time|one more time|let me try this again|"
         "okay, again|let me say it slower)(,|.) (book|schedule|reserve) {svc:a} (for me |)"
         "{time}[ at {store}]"),
        ("k_on_the_books_01",
         "(let's get|let's put|can you put|go ahead and put|just put) {svc:a} on the "
         "(books|schedule) (for {time:bare}|{time})[ at {store}]{end}"),
        ("k_need_badly_ideally_01",
         "{fill} I need {svc:a} (pretty |really |)(badly|soon|quick)(,|.) "
         "(ideally|hopefully|preferably|like|maybe) {time}[ at {store}]"),
        ("k_been_ages_01",
         "it's been (ages|forever|months|way too long|a while) since (the car|my car|she) "
         "(had|got) {svc:a}(,|, so|.) (book me one|get me one|set one up|book one) {time}[ at {store}]"),
        ("k_basically_needs_and_free_01",
         "(so |yeah so |okay so |)basically (the car|my car) needs {svc:a} and I'm "
         "(free|around|off) {time}(, can you sort that|, so book it|, can you book it|"
         ", can you make that work|)"),
        # reported advice from somebody else, then the request
        ("k_someone_said_01",
         "my (mechanic|wife|husband|mom|dad|buddy) (said|says|told me|keeps telling me) "
         "(I should get|the car needs|I need) {svc:a}(,|, so|) (book me one|get me one|set one up) "
         "{time}[ at {store}]"),
        ("k_the_svc_thing_01",
         "{fill} (can you |just |)(book|get|sign me up for|do) (that|the) {svc} "
         "(thing|deal|package|option)[ at {store}] {time}{end}"),
        # ordering like at a counter
        ("k_one_svc_counter_01",
         "(one|a single|just one) {svc}[ at {store}] {time}(, please|, thanks| please|)"),
        ("k_passive_needs_booking_01",
         "{svc:a} (needs to be|has to be|should be|must be|has gotta be) "
         "(booked|scheduled|set up) (for {time:bare}|{time})[ at {store}]{end}"),
        # dictating a form, field by field
        ("k_form_fields_01",
         "(service|type)(:|,) {svc}(,|.) (store|location|where)(:|,) {store:bare}(,|.) "
         "(time|when)(:|,) {time:bare}"),
        ("k_heres_the_plan_01",
         "(okay|alright|right|so), here's (what I need|the plan|the deal|what we're doing)"
         "(:|,|.) {svc:a}[ at {store}], {time}(. can you do that?|. book it.|, got it?|)"),
        ("k_sorry_to_bother_01",
         "(sorry to bother you|sorry to be a pain|I hate to ask|sorry, quick one), but "
         "(could|can|would) you (book|set up|get) {svc:a}[ at {store}] {time}{qend}"),
        ("k_be_so_kind_01",
         "would you be so kind as to (book|arrange|reserve|schedule) {svc:a}[ at {store}] "
         "(for {time:bare}|{time})(, thank you|, much obliged|?|)"),
        ("k_not_too_much_trouble_01",
         "if it's not too much (trouble|bother)(,|) (I'd like|I'd love|could I get|could I have) "
         "{svc:a}[ at {store}] {time}{end}"),
        ("k_proceed_formal_01",
         "(please |)(proceed with|go on with|continue with) (booking|scheduling|reserving) "
         "{svc:a}[ at {store}] (for {time:bare}|{time})"),
        ("k_request_formal_01",
         "I('d| would) like to (request|formally request) {svc:a}[ at {store}] "
         "(for {time:bare}|{time})(, thank you|. thank you|)"),
        # older, rather formal speaker
        ("k_ill_be_wanting_01",
         "(I'll be wanting|I shall want|I'll be needing) {svc:a} {time}"
         "(, at {store} if you would|, at {store} please|, if you would|, please|)"),
        ("k_usually_someone_books_01",
         "(my (son|daughter|grandson|granddaughter) usually (does this|handles this|books these) "
         "for me|I don't usually do this myself|I'm not very good with these gadgets), but "
         "(could|can|would) you (book|arrange|set up) {svc:a}[ at {store}] {time}{qend}"),
        ("k_rideshare_driver_01",
         "I drive (for Didi|for a ride app|a cab|for a living) and (passengers have been "
         "complaining|the car's gotta look good|my rating's slipping)(,|, so|.) (book|get) me "
         "{svc:a} {time}[ at {store}]"),
        ("k_gap_to_kill_01",
         "I('ve| have) got (a gap|an hour to kill|some time to kill|a free hour|a window) "
         "(between meetings |between pickups |between errands |){time}(, perfect for|, just enough "
         "time for|, that's perfect for|, so might as well use it for|. might as well do) {svc:a}"
         "[ at {store}](, book it|, set it up|)"),
        ("k_price_no_object_01",
         "(I don't care what it costs|price doesn't matter|money's no object|whatever it costs)"
         "(,|) (book|get) me {svc:a}[ at {store}] {time}"),
        # no store on purpose
        ("k_anywhere_is_fine_01",
         "(doesn't matter where|I don't care which store|any store is fine|wherever's fine), "
         "just (book|get|find) me {svc:a} {time}{end}"),
        ("k_lowkey_snag_01",
         "(lowkey|honestly|not gonna lie|for real) (need|could use|gotta get) {svc:a} {time}, "
         "(can you |could you |)(snag me one|grab me one|snag me a spot|grab a slot|lock down a slot|"
         "lock in a spot)[ at {store}]"),
        # Singapore / Malaysian English
        ("k_can_or_not_01",
         "(book |)({svc:a}|one {svc})[ at {store}] {time}(,|) (can or not|can|possible or not)"
         "(?| ah?| lah?|)"),
        # learner English, as many non-native drivers speak it
        ("k_esl_order_one_01",
         "(I want|I need|please) (order|make|book) one {svc}[ in {store:named,bare}] {time}"
         "(, ok|, thank you|, can|)"),
        ("k_esl_make_svc_booking_01",
         "(please |can you |)help me (make|do) (a|one) {svc} (booking|appointment|reservation)"
         "[ (in|at) {store:named,bare}] {time}"),
        ("k_announce_im_getting_01",
         "(okay,|alright,|right,|) I'm (getting|doing|going for|treating myself to) {svc:a} "
         "{time}[ at {store}](, book it|, make it happen|, set it up|, sort out the booking)"),
        ("k_think_gonna_want_01",
         "I (think|guess|feel like) I'm (gonna|going to) (want|need) {svc:a} {time}"
         "[ at {store}](... yeah, book it|, yeah, go ahead and book it|. yeah. book it|)"),
        ("k_thinking_aloud_when_01",
         "(hmm|okay|so), when (can|could|should) I (fit in|squeeze in|get) {svc:a}... "
         "(probably|maybe|I guess|let's say) {time}(, book that|, let's do that|, go with that|)"),
        ("k_forecast_then_01",
         "(it's supposed to be|they say it'll be|the forecast says it's) (sunny|nice|dry|clear) "
         "{time}(,|, so|.) (let's book|book me|go ahead and book|I'll take) {svc:a} then"
         "[ at {store}]"),
        ("k_have_store_do_01",
         "(have {store}|get {store} to) (do|give me|fit me in for) {svc:a} {time}{end}"),
        ("k_does_store_do_01",
         "does {store} (do|offer|have) {svc:a}? (if so|if they do|if yes), "
         "(book me in|book one|sign me up) {time}"),
        ("k_who_can_do_01",
         "(who can do|who's got|which place can do|which place has|who can fit in|anybody got room for) "
         "{svc:a} {time}? "
         "(book me in|just book it|book the first one you find|grab whatever's open)"),
        # the driver turns away to the passengers first
        ("k_aside_to_passengers_01",
         "(hold on,|one sec,|hang on,) (honey|kids|guys), (I'm talking to the car|quiet a sec|"
         "let me do this)(.|,) (okay,|ok,|) (book|get me) {svc:a} {time}[ at {store}]"),
        ("k_come_day_01",
         "come {time:day,bare}(,|) (I'll want|I'm gonna need|I'd like|book me) {svc:a}"
         "[ at {store}]{end}"),
        ("k_time2_after_errand_01",
         "{time:day} after (work|school drop-off|the gym|lunch)(,|) (so|like|say) "
         "{time2:clock}(-ish| or so|), (book|get) me {svc:a}[ at {store}]"),
        ("k_time2_time_wise_01",
         "{time:day}[ at {store}] I'm thinking {svc:a}(, and| and) (time-wise|as for the time|"
         "for the time)(,|) {time2:clock}"),
        ("k_time2_asr_make_it_01",
         "(book |)({svc}|{svc:v}) {time:day,bare} (um|uh|er) make it {time2:clock}[ {store:bare}]"),
    ),
}

_EN_UNK_3: dict[str, tuple[tuple[str, str], ...]] = {
    "unknown": (
        # --- car controls that sound like "move/push it back", "schedule ... for <time>" ---
        ("k_seat_move_01",
         "{hi}(move|push|slide|scoot) (my|the driver's|the passenger|the passenger's) seat "
         "(back|forward|up|down)( a little| a bit| a couple of inches| all the way| two notches|)"
         "( please|)"),
        ("k_sw_update_01",
         "{fill} (install|run|schedule|do) the (software|system|OTA|map|navigation) update {time}"
         "( while the car is parked| when I'm not driving| so it's done by morning|)"),
        ("k_charge_start_01",
         "(set the car to |have the car |tell the car to |)start charging {time}"
         "(, when electricity is cheaper|, off-peak|, not right now|)"),
        ("k_charge_by_01",
         "(charge|get) (the battery|the car|it) (to|up to) (80|ninety|90|100|a hundred) percent "
         "by {time:bare}( please|, I've got a long drive|)"),
        ("k_precondition_01",
         "(warm up|cool down|preheat|precool|defrost) the (car|cabin|windshield)( for me|) {time}"
         "[ so it's (nice and warm|nice and cool|ready) when I get in]"),
        ("k_trunk_sunroof_01",
         "{pol} (open|close|pop|shut) the (trunk|sunroof|tailgate|frunk|charge port|fuel door)"
         "( for me|)"),
        ("k_route_pref_01",
         "(avoid|stay off|no|skip) (toll roads|tolls|the expressway|highways|the 3rd Ring Road|"
         "the airport expressway)( on the way to {place}| this time| for this trip|)"),
        ("k_cancel_device_01",
         "{fill} (cancel|stop|end|exit|turn off) (the |)(navigation|route|guidance|timer|"
         "download|countdown|screen share)( please| now|)"),
        ("k_sensor_dirty_01",
         "(the|my) (rear camera|backup camera|parking sensor|front radar|camera lens|360 camera) "
         "(is|seems|looks) (dirty|blocked|covered in mud|foggy)"
         "(, how do I clean it|, what should I do|, can I just wipe it|)"),
        ("k_owner_manual_01",
         "{fill} how do I (turn off auto hold|open the hood|reset the tire pressure light|"
         "change the wiper blades|turn off lane assist|fold the mirrors)"
         "( on this car| in this car|){qend}"),
        ("k_roof_box_01",
         "(can I|is it safe to|is it okay to) (take|drive) (the car|my car|this car) through "
         "(an automatic car wash|a tunnel wash|the car wash|a touchless wash) with "
         "(a roof box|the bike rack on|a roof rack|the antenna up|a tow hitch){qend}"),
        ("k_pet_in_car_01",
         "I'm (leaving|gonna leave|going to leave) the (dog|dogs|puppy|cat) in the car for "
         "(ten|five|a few|fifteen) minutes(,| so) (keep the AC on|leave the climate running|"
         "turn on dog mode|keep it cool in here)"),
        # --- media, assistant, phone ---
        ("k_audiobook_01",
         "(resume|continue|keep playing|pick up) (my audiobook|the book I was listening to|"
         "the podcast|the next chapter|where I left off)( from yesterday| from this morning|)"),
        ("k_radio_tune_01",
         "(tune (in |)to|switch to|put on|go to) (103.9 FM|FM 103.9|AM 828|Beijing traffic radio|"
         "the news station|the classical station)( please| for me|)"),
        ("k_sports_game_01",
         "(is there a|is the) (Guoan|football|basketball|soccer|Lakers) (game|match) {time}?"
         "( I don't want to miss it| put it on the radio if so| I wanna catch it|)"),
        ("k_assistant_voice_01",
         "{hi}(can you |could you |)(speak|talk) (a bit |a little |)(slower|faster|louder|quieter|"
         "more softly)( please|)"),
        ("k_missed_calls_01",
         "{hi}(who called me|did anyone call me|did I miss any calls|any missed calls) "
         "(while I was driving|earlier|just now|in the last hour|this morning|){qend}"),
        ("k_dnd_until_01",
         "(turn on do not disturb|mute (my |all |)notifications|hold my calls|silence my phone) "
         "(until|till) {time:bare}"),
        ("k_closing_01",
         "(no thanks|nope|nah|no)(,|) (that's all|that's it|I'm good|nothing else|"
         "that'll be all)( for now|, thanks|, thank you|)"),
        ("k_customer_service_01",
         "(connect me (to|with)|I (need|want) to (talk|speak) to) (customer service|a real person|"
         "a human|the service hotline|after-sales service)( please| now|)"),
        # --- navigation, traffic, places ---
        ("k_range_low_01",
         "{fill} (I'm|we're) (running low on|almost out of|nearly out of) (gas|fuel|battery|charge)"
         "(,| -) (how far can I go|will I make it to {place}|can I make it to {place}|"
         "how many kilometers do I have left){qend}"),
        ("k_which_closer_01",
         "which is closer (from here|to me|right now)(,|) {place} or (Chaoyang Park|Houhai|"
         "the Olympic Park|the Lama Temple){qend}"),
        ("k_road_closure_01",
         "(are there any|any) (road closures|accidents|roadworks|construction zones|traffic jams) "
         "(on the way to|near|around|on the road to) {place}( right now| at the moment|){qend}"),
        ("k_service_area_01",
         "(how far (is it |)to|where's) the next (service area|rest stop|rest area|"
         "service station)( on this highway| on the way| ahead|){qend}"),
        ("k_wake_me_01",
         "(wake me up|let me know|give me a shout|tell me) when we('re| are) (close to|near|"
         "almost at|about ten minutes from) {place}"),
        ("k_at_store_now_01",
         "(I'm|we're) (at|parked at|parked outside) {store} (now|right now)(,|, so|) "
         "(where's the nearest|is there a|find me a) (restroom|coffee shop|convenience store|"
         "place to sit|cash machine)( around here| nearby|){qend}"),
        ("k_remember_parking_01",
         "(remember|note|make a note) (that |)I parked (on|at|in) (level B2|the third floor|"
         "spot 45|row C|section D)( at {place}|)"),
        ("k_carsick_01",
         "(my kid|my son|my daughter|the baby|my mom) (is|feels|is getting) (carsick|car sick|"
         "nauseous|sick)(,| -) (open the windows a bit|find somewhere to pull over|"
         "find the nearest rest stop|turn up the AC)"),
        ("k_move_car_01",
         "(I have to|I need to|I gotta|remind me to) move (my|the) car (by|before) {time:bare}"
         "( or I'll get a ticket| or it gets towed|, there's street cleaning|"
         ", the meter runs out|)"),
        ("k_terse_topic_place_01",
         "{fill} (weather|traffic|parking|charging station|gas station|coffee) {place}"
         "[ {time:bare}]"),
        ("k_terse_time_first_01",
         "{time:bare}(,|) (weather|forecast|traffic) (in|at|for|around) {place}{qend}"),
        ("k_transit_schedule_01",
         "(what's|check|look up|pull up) the (train|bus|subway|airport shuttle|high-speed rail) "
         "schedule (to|for|from) {place}[ for {time:day,bare}]{qend}"),
        # --- weather talk with other structures ---
        ("k_weather_tag_01",
         "it's not (going to|gonna|supposed to) (rain|snow|hail|pour) {time}, is it{qend}"),
        ("k_heard_forecast_01",
         "(I heard|the radio said|somebody told me|my phone says) it's (going to|gonna|supposed to) "
         "(snow|rain|hail|get really windy|be freezing) {time}"
         "(, is that true|, is that right|, can you check|){qend}"),
        ("k_rain_after_wash_01",
         "(ugh|man|typical|seriously|of course)(,|) (every time|whenever|the minute|as soon as) "
         "I (wash the car|get the car washed|get {svc:a}|clean the car) it "
         "(rains|starts raining|starts to rain|snows)"),
        # --- car-care questions that are not a booking ---
        ("k_define_term_01",
         "{fill} (what is|what exactly is|what's|can you explain) (ceramic coating|"
         "a clay bar treatment|paint correction|paint protection film|undercoating){qend}"),
        ("k_whats_included_01",
         "what (do you get|comes|is included) (with|in) {svc:a}[ at {store}]{qend}"),
        ("k_worth_it_01",
         "is it (worth|even worth|really worth) (getting|paying for) {svc:a} "
         "(before I sell the car|in the middle of winter|if it's gonna rain all week|on a lease|"
         "on an old car like mine){qend}"),
        ("k_car_ready_mechanic_01",
         "(will my car be|is my car going to be|will the car be) ready (for pickup |)(at|from) "
         "the (dealership|mechanic|body shop|garage|repair shop) {time}{qend}"),
        # --- other bookings, services and plans said like bookings ---
        ("k_designated_driver_01",
         "{pol} (call|book|get) me a (designated driver|chauffeur|driver) "
         "(to drive me home|to take me and the car home|for the drive home) (from {place} |)"
         "{time}(, I've had a few drinks|, I've been drinking|)"),
        ("k_waitlist_01",
         "(add me to|put me on|put my name on|get me on) the (waitlist|waiting list|wait list) "
         "(at|for) (Haidilao|the hot pot place|the sushi place|that new restaurant|the barber)"
         "( near {place}|)[ for {time:bare}]"),
        ("k_fully_booked_01",
         "(the|that) (hotel|restaurant|place|hot pot place) (is|was) (fully booked|booked up|"
         "all booked|full)(,| so) (find|look for|try|check) (another one|somewhere else|"
         "a different one|something similar) (near|around|close to) {place}"),
        ("k_home_service_instead_01",
         "(can|could) the (plumber|house cleaner|courier|delivery guy|furniture delivery|"
         "electrician) come {time} instead[ of {old:bare}]{qend}"),
        ("k_delayed_tell_01",
         "(my|our|the) (flight|train|dinner|meeting|movie) (got|has been|was|just got) "
         "(pushed back|delayed|moved|bumped) to {time:bare}(,| so) (let (my wife|John|mom|"
         "the driver|my boss) know|tell (my wife|John|the driver|my boss)|update my calendar|"
         "move my alarm|text the hotel)"),
        ("k_eat_where_01",
         "where should we (eat|go to eat|grab a bite|go for hot pot) {time}"
         "( around {place}| near {place}|){qend}"),
    ),
}

_EN_CHANGE_3: dict[str, tuple[tuple[str, str], ...]] = {
    "cancel_booking": (
        # a "you know X?" topic question, then the order
        ("k_you_know_01",
         "{fill} (you know|remember) (the|my|that) (car wash|{svc}|booking|appointment) "
         "(I've got|I have|I made|I booked)[ at {store}] {time}? "
         "(cancel it|yeah, cancel it|get rid of it|I need to cancel it|scrap that)"),
        ("k_count_out_01",
         "((count me out|you can count me out) (for|of)|leave me out of) (the|my|that) "
         "(car wash|{svc}|booking)[ at {store}] {time}{end}"),
        ("k_dont_hold_01",
         "(no need to|don't|you don't have to|you don't need to) (hold|keep|save) "
         "(my|the|that) (spot|slot|place|bay) [at {store} ]{time}(,|.) "
         "(I'm not coming|I can't make it|I won't be there|go ahead and cancel)"),
        ("k_rain_check_01",
         "(I'll have to|I gotta|I need to|gonna have to|I'm gonna have to) take a rain check on "
         "(the|my) (car wash|{svc}|appointment)[ at {store}] {time}"
         "(, cancel it for now|, so cancel it|)"),
        ("k_fee_anyway_01",
         "(even if there's a fee|I don't care about the fee|fee or no fee|"
         "whatever the cancellation fee is)(,|) (just |)cancel (my|the) (car wash|{svc}|booking)"
         "[ at {store}] {time}"),
        ("k_list_colon_01",
         "(cancellation|cancel request|to cancel|cancel)(:| -) (car wash|{svc}), "
         "[{store:bare}, ]{time:bare}"),
        ("k_tell_store_01",
         "(tell {store}|let {store} know) (I won't be coming|I can't make it|I'm not coming|"
         "I won't make it) {time}(, and cancel my booking|, so cancel the booking|)"),
        ("k_better_cancel_01",
         "(I should probably|I'd better|guess I'd better|I think I'll|I guess I'll just) "
         "cancel (my|the|that) (car wash|{svc}|booking)[ at {store}] {time}( then|, yeah|)"),
        ("k_why_dont_you_01",
         "(why don't you|how about you|maybe just) (go ahead and |)cancel (my|the) "
         "(car wash|{svc}|booking|appointment) {time}[ at {store}]{qend}"),
        ("k_which_one_01",
         "(not the {old:day,bare} one|not that one)(,|) the {time:day,bare} (one|{svc})(,|) "
         "(cancel that|cancel that one|that's the one to cancel|that one goes)"),
        ("k_theres_01",
         "there's (a car wash|{svc:a}|a booking|an appointment) (on my calendar|in my schedule|"
         "under my name|on my account)[ at {store}] {time}(,|.| -) "
         "(get rid of it|I need it gone|cancel it please|take it off)"),
        ("k_lined_up_01",
         "I (had|have|got) {svc:a} lined up[ at {store}] {time}(,|, but| but) "
         "(I'm gonna cancel it|let's cancel it|cancel it|I need to cancel it|call it off)"),
        ("k_request_that_01",
         "(I would like to|I'd like to|I wish to) request that (my|the) "
         "(booking|appointment|reservation|{svc})[ at {store}] {time} be "
         "(cancelled|canceled|withdrawn)"),
        ("k_slang_01",
         "(yo|dude|bro|man|ugh)(,|) (bin|ditch|axe|nuke) (the|my) (car wash|{svc}|booking) "
         "{time}(, not feeling it|, I'm over it|, not today|)"),
        ("k_mark_as_01",
         "(mark|set|flag) (my|the) (car wash|{svc}|booking|appointment)[ at {store}] {time} "
         "as (cancelled|canceled|not needed)"),
        ("k_get_me_out_01",
         "(get me out of|can you get me out of|I need out of|I want out of) (my|the|that) "
         "(car wash|{svc}|booking|appointment)[ at {store}] {time}{qend}"),
        ("k_calling_to_01",
         "(hi|hello|yes hi|hey there)(,|) I'm (calling|ringing|getting in touch) "
         "(to cancel|about cancelling) (my|the) (booking|appointment|reservation|{svc})"
         "[ at {store}] (for {time:bare}|{time})"),
        ("k_narrative_have_01",
         "I('ve got| have) (a booking|an appointment|a reservation) (with you |)"
         "[at {store} ]{time}(,|) (and|but) I('d like to| need to| want to) cancel (it|that)"
         "( please|)"),
        ("k_right_tag_01",
         "you can (cancel|scrap|drop) (my|the) (car wash|{svc}|booking)[ at {store}] {time}"
         "( for me|), right? (go ahead|do that|please do|then do it)"),
        ("k_second_thought_01",
         "(on second thought|thinking about it|come to think of it)(,|) "
         "(I don't want|I don't need|forget) (the|my) (car wash|{svc})[ at {store}] {time}"
         "(, cancel it| after all|, cancel please)"),
        # the time said in two pieces
        ("k_time2_the_one_at_01",
         "cancel (my|the) (car wash|{svc}|booking) {time:day}(,| -) "
         "(the one at|I think it's at|it's at) {time2:clock}"),
        ("k_time2_fronted_01",
         "{time:day}(,| -) (around|at|about) {time2:clock}(,|) I (had|have) "
         "(a car wash|{svc:a}|a booking)[ at {store}](,| -) "
         "(cancel it|cancel that|that needs cancelling)"),
    ),
    "reschedule_booking": (
        ("k_slide_01",
         "(slide|scoot|nudge) (my|the) (car wash|{svc}|appointment|booking) "
         "(over |back |up |)to {time:bare}{end}"),
        ("k_aim_for_01",
         "(let's aim for|can we aim for|let's shoot for|I'll shoot for|let's target) "
         "{time:bare} instead( of {old:bare}|)(, for the car wash|, for my {svc}|){qend}"),
        ("k_what_if_01",
         "what if (we|I) (did|had) (it|the car wash|my {svc}) {time} instead"
         "[ of {old}]{qend}"),
        ("k_ramble_01",
         "so I (booked|have|set up) {svc:a}[ at {store}] for {old:bare}, right(,|?) "
         "(but|and) (now|then) (my boss|my kid's school|work|my mother-in-law) "
         "(called|needs me|changed things)(,| so) (can we|could you|let's) (make it|do) "
         "{time:bare}{qend}"),
        ("k_and_confirm_01",
         "(switch|move|change) (my|the) (booking|car wash|{svc}) to {time:bare} and "
         "(send me|text me|give me) (a|the|a new) confirmation"),
        ("k_since_front_01",
         "(since|because|'cause|seeing as) (I'm stuck in traffic|my flight got delayed|"
         "the meeting is running long|I have to pick up the kids)(,|) (can you|please|could you) "
         "(push|move) my (car wash|{svc}|booking) to {time:bare}{qend}"),
        ("k_or_next_01",
         "(move|push) (my|the) (car wash|{svc}|booking) to {time:bare} or "
         "(the next slot after that|whatever's open after that|the closest thing you have)"),
        ("k_slang_01",
         "(yo|dude|man|bro)(,|) (kick|punt|bump) (the|my) (car wash|{svc}|booking) "
         "(to|over to) {time:bare}(, cool|, yeah|)"),
        ("k_request_that_01",
         "(I would like to|I'd like to|I wish to) request that (my|the) "
         "(booking|appointment|reservation|{svc})[ at {store}] be (moved|changed|rescheduled) "
         "to {time:bare}"),
        ("k_let_me_01",
         "(let me|lemme|let me just) (move|switch|change|push) (my|the) (car wash|{svc}|booking) "
         "to {time:bare}"),
        ("k_flexible_01",
         "I'm (flexible|easy|not fussy)(,|.) (anytime|any time|whenever) {time:day} "
         "(works|is fine|is good)(,| so) (move|shift|switch) (the|my) (car wash|{svc}|booking)"),
        ("k_colon_01",
         "(my |)(car wash|{svc}|booking)[ at {store}](:| -) (move|push|change) (it |)to "
         "{time:bare}"),
        ("k_i_said_01",
         "(no|no no|nope)(,|) I said (move it|push it|change it|switch it) to {time:bare}"
         "(, not {old:bare}|)"),
        ("k_ill_take_01",
         "(okay|ok|fine|alright)(,|) I'll take {time:bare} (then|instead)"
         "(, move my booking there|, switch it over|)"),
        ("k_not_too_much_trouble_01",
         "(oh dear|oh|well)(,|) (I have|I've got) (the car wash|my {svc}|an appointment) "
         "(booked {old}|booked for {old:bare}|{old})(,| but) (my daughter's visiting|"
         "I have the grandkids|I've got a doctor's appointment|my son needs the car)(,|) "
         "(could we possibly|would it be possible to|could you possibly) (change|move) it to "
         "{time:bare}(, if that's not too much trouble|, if it's no bother|)"),
        ("k_cant_we_01",
         "(can't|couldn't) (we|you|I) just ((do|have) (it|the car wash|my {svc}) {time}|"
         "(move|push) (it|the booking|my {svc}) to {time:bare}) instead{qend}"),
        ("k_currently_01",
         "(right now|currently|at the moment) it's (set for|booked for|down for) {old:bare}(,| but) "
         "(I want|I need|I'd like) it {time}"),
        ("k_you_know_01",
         "(you know|remember) (my|the|that) (car wash|{svc}|booking)[ at {store}] {old}? "
         "(push|move|shift|change) (that|it) to {time:bare}"),
        ("k_due_to_01",
         "(due to|because of|with) (traffic|the weather|work|a family thing)(,|) "
         "(I need|I'd like) (my|the) (car wash|{svc}|booking) (moved|pushed) to {time:bare}"),
        ("k_book_then_drop_01",
         "(book|put|get) me in {time} (instead |)and (cancel|drop|scrap|ditch) the "
         "one for {old:day,bare}"),
        ("k_sooner_01",
         "(is there any way|any way|is it possible) to (get|have) (it|the car wash|my {svc}) "
         "(done |)(sooner|earlier|later)(,|?) (like|say|maybe) {time:bare}{qend}"),
        # the time said in two pieces
        ("k_time2_keep_day_01",
         "(just |)keep it {time:day}(,|) but (make it|change the time to|move it to) "
         "{time2:clock}( instead|)"),
        ("k_time2_anything_01",
         "(do you have|is there|got) anything {time:day}(,|?) (maybe|like|ideally|say) "
         "(around |at |){time2:clock}? (I need to|I have to|I gotta) (move|reschedule|push) "
         "(my|the) (car wash|{svc}|booking)"),
        ("k_time2_ish_01",
         "(move|push|switch) (it|the car wash|my {svc}) to {time:day,bare}"
         "(, make it|, like|, say| and make it) {time2:clock}(-ish| or so| give or take)"),
        ("k_time2_date_and_time_01",
         "change the (date|day) (on|of|for) my (booking|car wash|{svc}) to {time:day,bare} "
         "and the time to {time2:clock}"),
    ),
}

_EN_QUERY_3: dict[str, tuple[tuple[str, str], ...]] = {
    "query_booking": (
        # negative question: "didn't I book ...?"
        ("k_didnt_i_book_01",
         "{fill} didn't I (already |)(book|set up|reserve|schedule) (a car wash|{svc:a}|a wash)"
         "[ at {store}] {time}{qend}"),
        # "wasn't it supposed to be ...?"
        ("k_wasnt_supposed_to_be_01",
         "(wasn't|isn't) my (car wash|{svc}|booking|appointment)[ at {store}] "
         "(supposed to be|meant to be) {time}{qend}"),
        # "was I supposed to take the car to X ...?"
        ("k_was_i_supposed_take_car_01",
         "(was I|am I) (supposed|meant) to (take the car to|bring the car to|drop the car off at) "
         "{store} {time}( for (a|the) car wash| for my {svc}|){qend}"),
        # negative statement + positive tag
        ("k_neg_statement_tag_01",
         "my (car wash|{svc}|booking)[ at {store}] (isn't|is not) {time}, (is it|right){qend}"),
        # "I'm not sure whether I booked ..."
        ("k_not_sure_whether_01",
         "(I'm not sure|I can't remember|I'm not certain) (if|whether) I (actually |ever |)"
         "(booked|locked in|confirmed) (the|my) (car wash|{svc})[ at {store}] "
         "(for {time:bare}|{time})(, can you check|, can you look|)"),
        # "any idea when ..."
        ("k_any_idea_01",
         "{fill} any idea (when|what time|what day) my (car wash|{svc}|booking) is"
         "[ at {store}]{qend}"),
        # "I'd like to know when ..."
        ("k_like_to_know_01",
         "(I'd like to|I would like to|I need to|I wanna|I just want to) (know|find out) "
         "(when|what time|what day) (my|the) (car wash|{svc}|appointment) is[ at {store}]"),
        # "I was wondering if ..."
        ("k_wondering_if_01",
         "(I was wondering|I was just wondering|I'm wondering) (if|whether) (my|the) "
         "(car wash|{svc}|booking)[ at {store}] {time} (is|was) "
         "(confirmed|still on|all set|actually booked)"),
        # assistant as subject: "did you book me in ...?"
        ("k_did_you_book_me_01",
         "did you (actually |)(book me in|get me in|put me down|sign me up) "
         "for (a car wash|{svc:a}|the car wash)[ at {store}] {time}{qend}"),
        # statement to the assistant + "yeah?"
        ("k_you_booked_me_yeah_01",
         "you (booked me|got me|reserved me) (a car wash|{svc:a}|a slot)[ at {store}] "
         "(for {time:bare}|{time}), (yeah|yes|correct|didn't you){qend}"),
        # store as subject: "does X have me down ..."
        ("k_store_have_me_down_01",
         "does {store} (have me down|have me booked|have me on the list|still have me down) "
         "(for (the car wash|my {svc}|a car wash) |){time}{qend}"),
        # confirmation message
        ("k_confirmation_message_01",
         "did I (get|receive) (a|the|any) (confirmation|confirmation text|confirmation message|"
         "confirmation email) (for|about) (my|the) (car wash|{svc}|booking)[ at {store}]"
         "[ {time}]{qend}"),
        # send the details
        ("k_send_details_01",
         "(send|text|forward) (me |)the (details|info|confirmation) (of|for) my (car wash|{svc}) "
         "(booking|appointment|)[ at {store}][ {time}]( to my phone|)"),
        # show on the car's screen
        ("k_on_screen_01",
         "((put|bring|pull) up|show|display) my (car wash|{svc}) (booking|appointment|reservation)"
         "[ for {time:bare}] on the (screen|dash|dashboard|main screen|center screen)"),
        # context first: "I'm heading to X, what time ..."
        ("k_heading_to_store_01",
         "(I'm heading to|I'm driving to|I'm on my way to|I'm headed over to) {store}(,|.) "
         "(what time|when) (is|was) (my|the) (car wash|{svc}|booking)( again|){qend}"),
        # "quick question about X: ..."
        ("k_quick_question_01",
         "(quick question|a question|one thing) (about|on) my (car wash|{svc}|booking)"
         "[ at {store}]: (when is it|what time is it|is it still on|is it {time}|"
         "is it actually booked){qend}"),
        # topic with a relative clause, then the question
        ("k_that_one_i_booked_01",
         "that (car wash|{svc}) I (booked|set up|made)[ at {store}], "
         "(when|what time|what day) (was|is) (that|it)( for|)( again|){qend}"),
        # terse: "X tomorrow, yes or no?"
        ("k_yes_or_no_01",
         "(car wash|{svc}|booking)[ at {store}] {time}(,|:|) (yes or no|booked or not|on or off|"
         "am I in or not){qend}"),
        # "any news on ..."
        ("k_any_news_on_01",
         "(any news|any update|any updates|news) on (my|the) (car wash|{svc}) (booking|request|)"
         "[ at {store}][ {time}]{qend}"),
        # still pending
        ("k_still_pending_01",
         "is (my|the) (car wash|{svc}) (booking|request|reservation)[ at {store}][ {time}] still "
         "(pending|waiting for confirmation|in the queue|being processed){qend}"),
        # the car as subject: "is this car booked in for ..."
        ("k_car_booked_in_01",
         "is (this car|the car|my car) (booked in|scheduled|down) for (a car wash|{svc:a}|a wash)"
         "[ at {store}] {time}{qend}"),
        # "has the car got ... coming up?"
        ("k_car_coming_up_01",
         "(does the car have|has the car got|has this car got) (a car wash|{svc:a}|anything) "
         "(coming up|booked|lined up)[ at {store}]{qend}"),
        # can't find it, can you see it
        ("k_cant_find_it_01",
         "I can't (find|see) my (car wash|{svc}) (booking|reservation)[ for {time:bare}] "
         "(in the app|anywhere|on my phone)(,|.) (is it in your system|can you see it|"
         "do you have it|is it there){qend}"),
        # one field of the booking
        ("k_field_on_booking_01",
         "what('s| is) the (time|date|day|location|store) on my (car wash |{svc} |)"
         "(booking|reservation|confirmation)[ at {store}]{qend}"),
        # "what can you tell me about ..."
        ("k_tell_me_about_01",
         "(what can you tell me about|what do you know about|what have you got on|what've you got on) "
         "my (car wash|{svc}) "
         "(booking|appointment|)[ {time}]{qend}"),
        # start time
        ("k_start_time_01",
         "(what time|when) does my (car wash|{svc}|appointment)[ at {store}] "
         "(start|begin|kick off)[ {time:day}]{qend}"),
        # finish time
        ("k_done_by_01",
         "(when|what time) (will|should) my (car wash|{svc})[ at {store}] be "
         "(done|finished|over)[ {time:day}]{qend}"),
        # echo question
        ("k_echo_question_01",
         "(so |and |wait, |)my (car wash|{svc}|booking)[ at {store}] is "
         "(at what time|on what day|when|what time) again{qend}"),
        # where to take the car
        ("k_where_take_car_01",
         "where (do I|should I|am I supposed to) (take|bring|drive) the car for (my|the) "
         "(car wash|{svc}) {time}{qend}"),
        # verb phrase service: "when am I due to get my car detailed?"
        ("k_due_to_svc_01",
         "(when|what day|what time) (am I|was I) (scheduled|booked|set|due) to {svc:v}"
         "[ at {store}]( again|){qend}"),
        # queue position
        ("k_queue_position_01",
         "(where am I|what's my (spot|place|position)|how far back am I) in (the line|the queue|line) "
         "(at|over at) {store}[ {time}]{qend}"),
        # split time: "the car wash on Saturday, did I book it for 3?"
        ("k_time2_did_i_put_it_01",
         "(so |)the (car wash|{svc}) {time:day}(,|) did I (book it for|book it at|put it down for|put it in for|set it for) "
         "{time2:clock}( or later| or earlier|){qend}"),
        # split time: "tomorrow, what time's the car wash, is it 3?"
        ("k_time2_guess_clock_01",
         "{time:day}, what time('s| is) the (car wash|{svc}|booking), (is it|was it|) "
         "{time2:clock}{qend}"),
        # staccato fragments
        ("k_staccato_01",
         "(car wash|{svc}). {time:day,bare}. (am I booked|am I in|is it on|did that go through)"
         "{qend}"),
        # reason first: don't want a wasted trip
        ("k_wasted_trip_01",
         "I don't want to (drive all the way to|show up at|head over to) {store} for nothing(,|.) "
         "(is|was) my (car wash|{svc}) {time} (actually |really |)(booked|confirmed|happening)"
         "{qend}"),
        # "I could swear I booked ..., but when?"
        ("k_swear_i_booked_but_01",
         "I (remember|could swear|know) I booked (a car wash|{svc:a}|something)"
         "[ at {store}](,|) but (when|what time|what day) (is|was) it for{qend}"),
        # imperative "run a check on ..."
        ("k_run_a_check_01",
         "(run|do) a (quick |)(check|status check|lookup) on my (car wash|{svc}) "
         "(booking|appointment|reservation)[ at {store}][ {time}]"),
        # two coordinated wh-words
        ("k_when_and_where_01",
         "(what time and where|where and when|when and where|where and what time) is my "
         "(car wash|{svc}|booking)[ {time:day}]{qend}"),
        # booked or only talked about it
        ("k_booked_or_just_talked_01",
         "did I (actually |)book (the|my) (car wash|{svc})[ at {store}] {time} or (did I just "
         "(think about it|talk about it|say I would)|was I just (thinking|talking) about it){qend}"),
        # heard back from the store
        ("k_heard_from_store_01",
         "(have I heard|did I hear) (back |anything |)from {store} about (my|the) "
         "(car wash|{svc}) (booking|)[ {time}]{qend}"),
        # preface clause: "before I head out, ..."
        ("k_before_i_head_out_01",
         "(before I head out|before I leave|before I go),( quick check,| real quick,|) "
         "(is|was) my (car wash|{svc})"
         "[ at {store}] {time}{qend}"),
        # terse store-first: "Guomao, tomorrow, what did I book?"
        ("k_store_day_what_01",
         "{store:bare}(,|) {time:day,bare}(,|) what (have I got|did I book|am I in for)"
         "( again|){qend}"),
    ),
}

_ZH_BOOK_4: dict[str, tuple[tuple[str, str], ...]] = {
    "book_car_wash": (
        # travel-time worry: can I make it in time? then book
        ("q_travel_time_01",
         "从这儿(开到|开去|过去){store}，{time}(赶得上吗|来得及吗|到得了吗)？"
         "(赶得上|来得及|到得了|能到)的话(就|)(帮我|给我)(约|订)(个|一个){svc}"),
        # urgency with 务必/千万
        ("q_urgent_wubi_01",
         "(这个事|这件事|这事儿)(挺急的|比较急|很要紧)，{time}(务必|一定|千万)(给我|帮我)"
         "(约上|约到|订上)(个|一个){svc}[，{store}]"),
        # the store called to say a slot is free
        ("q_store_called_01",
         "(刚才|刚刚|上午){store:short,named}(打电话|来电话|发消息|来短信)说{time}(有空位|有位置|能排上)，"
         "(那就|那你就|你就|)(帮我|给我)(约|订)(个|一个){svc}(吧|)"),
        # 与其……不如……
        ("q_yuqi_buru_01",
         "与其(自己在家|自己|在小区里)(擦|冲|弄)(半天|一下午|)，不如(去|到){store}{svc:v}，"
         "{time}(吧|)，(帮我|你|)(约|订)(一下|上)"),
        # 能约上就约，约不上拉倒
        ("q_try_or_drop_01",
         "(试试|看看){time}(能不能|能否)约上{svc}[，{store}]，能约上就约，约不上(就算了|拉倒|再说)"),
        # waiting somewhere anyway: use the gap
        ("q_wait_gap_01",
         "{time}我得在{store:short,named}(那边|那块儿|楼下)(等人|接人|开会|办事)，"
         "(大概|估计)(要|得)(一个多小时|俩小时|小半天)，(这空当|等的工夫|趁这工夫)(正好|顺便|刚好)"
         "(做个|来个|弄个){svc}，(帮我|你|)(约|订)(一下|上)"),
        # the app failed, so the assistant should do it
        ("q_app_failed_01",
         "(刚才|刚刚|今天)在(APP|小程序|手机上)(约|订)(没成功|没约上|一直卡着|老是报错)，"
         "你(再|)(帮我|替我)(约|订)(一下|一次){time}的{svc}[，{store}]"),
        # checks the price as a tag question, then books
        ("q_price_confirm_01",
         "{svc}(五十|八十|一百二十|一百九十九|两百)(块|块钱)(是吧|对吧|没错吧)？(行|可以|成|那行)，"
         "{time}(给我|帮我)(约|订)(一个|个)[，{store}]"),
        # nothing else, just this service
        ("q_exclusive_01",
         "(别的|其他的|其他项目)(都不用|都不要|一概不要)，(就|只)(要|做|来)(个|一个){svc}，"
         "{time}[，{store}]"),
        # an add-on errand for the staff
        ("q_addon_01",
         "(约|订)(个|一个){svc}，{time}[，{store}]，(顺便|再|另外)(让他们|让师傅|帮我)"
         "(检查一下胎压|加点玻璃水|看看轮胎|把脚垫换了)"),
        # have the store hold a slot
        ("q_rang_store_01",
         "(你|)(让|叫|通知){store:short,named}(给我|帮我)(留|安排|预留)(个|一个){time}的{svc}"
         "(位置|名额|)"),
        # book under an account
        ("q_use_account_01",
         "用(我的会员|我的账号|我手机号|我老婆的会员卡|公司的账户)(帮我|给我|)(约|订)"
         "(个|一个){time}的{svc}[，{store}]"),
        # tip of the tongue for the service name
        ("q_tip_tongue_01",
         "(帮我|给我)(约|订)个……(嗯|呃|那个)……(叫什么来着|那个叫啥来着|怎么说来着)……"
         "(对|哦对|想起来了)，{svc}[，{time}][，{store}]"),
        # decided together with the family
        ("q_discussed_01",
         "(我跟我老婆|我和我媳妇|我们俩|我跟家里人)(商量了一下|商量好了|合计了一下|说好了)，"
         "{time}(去|到){store}{svc:v}，(帮我们|你|)(约|订)(一下|上)(吧|)"),
        # can I just walk in? otherwise book
        ("q_walk_in_01",
         "(假如|如果|要是)我{time}(直接|)(过去|开过去|去){store}，(能|可以)(直接|当场|){svc:v}吗？"
         "(不行|不能|得预约)的话(就|)(帮我|先)(约|订)(一下|上)"),
        # passive 被: splashed by a truck
        ("q_splashed_01",
         "(刚才|今天|刚刚)(车|我这车)被(大货车|旁边的车|公交车|洒水车)"
         "(溅了一身泥|溅得全是泥点子|甩了一身泥水)(，真倒霉|，烦死了|)，"
         "{time}(得|要|只能)(去|){svc:v}了，(帮我|给我)(约|订)(一下|上)[，{store}]"),
        # borrowed or rented car must go back clean
        ("q_return_car_01",
         "(这车是借朋友的|这是租来的车|这是公司的车|这车是借我哥的)，(还|交)回去之前得"
         "(弄干净|收拾干净|拾掇干净)，{time}(帮我|给我)(约|订)(个|一个){svc}[，{store}]"),
        # selling the car
        ("q_sell_car_01",
         "(这车|车)(准备卖了|要出手了|过两天要卖)，(卖之前|出手之前)(得|要|想)(收拾|弄|拾掇)得"
         "(体面|漂亮|像样)点，{time}(约|订)(个|一个){svc}[，{store}]"),
        # reduplicated verb + 看: try booking
        ("q_yue_yue_kan_01",
         "(你|)(帮我|给我|)(约约看|订订看|约一下试试|试着约一下){time}的{svc}[，{store}]"),
        # 脏得连……都……
        ("q_lian_dou_01",
         "(车|这车)脏得连(车牌|颜色|车标|后视镜)都看不(清|出来|清楚)了，{time}(赶紧|得|)"
         "(约|订)(个|一个){svc}[，{store}]"),
        # asks the assistant's opinion, answers it, books
        ("q_should_i_01",
         "(你说|你觉得|你看)(我这车|车|这车)是不是(该|得|应该){svc:v}了？(嗯|我看|确实)"
         "(是该了|该了|得弄了)，(那就|就|)(约|订){time}(的|吧)[，{store}]"),
        # 不管……都……
        ("q_buguan_01",
         "不管(排多久|要等多久|贵不贵|多少钱)，{time}(这个|这次|){svc}(我|)(是|)"
         "(做定了|非做不可|必须得做)，(帮我|给我)(约|订)(上|一下)[，{store}]"),
        # 希望你能……, store as a preference
        ("q_xiwang_01",
         "(我希望你能|我希望你|我想请你|想麻烦你)(帮我|替我)(在|){time}(约到|预约|订)(一个|个){svc}"
         "[，(最好|地点最好)是在{store}]"),
        # what comes after forces the time (所以)
        ("q_after_that_01",
         "(做完|弄完){svc}(我|)(还得|还要)(去接人|赶飞机|去上班|去开会|去接孩子)，"
         "所以(得|要|只能)(约|订){time}的[，{store}]，(帮我|)(约|订)(一下|上)"),
        # the assistant picks the service (no service said)
        ("q_you_pick_svc_01",
         "(项目|做什么|具体做啥)(你帮我|你|你给我)(挑|选|看着选)(一个|)(吧|)，(时间|)(就|)(定|约)在{time}"
         "[，{store}]"),
        # eager repetition
        ("q_eager_01",
         "(约约约|订订订|对对对，约|约！马上约)，{time}[{store:short}]{svc}(，快点|，赶紧的|)"),
        # a special request after the booking
        ("q_special_req_01",
         "(约|订)(个|一个){time}的{svc}[，{store}]，(另外，|还有，|对了，|)(我|)有个要求："
         "(动作轻点|别用刷子|轮毂也弄干净|座椅别弄湿|车里东西别乱动|要手工的)"),
        # squeeze it into the schedule
        ("q_insert_schedule_01",
         "(帮我|给我)在{time}(插|塞|加|排)(一个|个){svc}(进去|)[，{store}]"),
        # noun phrase: a … booking
        ("q_np_yuyue_01",
         "(我要|我需要|需要)(一个|一份){time}[{store:short,named}]的{svc}预约(，谢谢|)"),
        # permission form: 能不能让我……
        ("q_rang_wo_01",
         "(能不能|可不可以|能否)让我{time}(过去|去|到){store}{svc:v}(啊|呀|)？"
         "(给我|帮我)(约|订|排)(一下|个位置)"),
        # overdue, kept putting it off
        ("q_zao_gai_01",
         "(早该|早就该|早就得){svc:v}了，(一直|老是|总是)(拖着|没顾上|忘了|没时间)，"
         "{time}(必须|一定|说什么也得)(给我|帮我)(约上|约一个)[，{store}]"),
        # code-switch tag question OK
        ("q_ok_tag_01",
         "{time}(给我|帮我)(约|订|搞)(个|一个){svc}[，{store}]，(OK吗|OK不OK|OK不|OK吧)"),
        # heavy code-switching: check / slot / book
        ("q_codeswitch_slot_01",
         "(帮我|你|)check一下{time}{store:short}(有没有|还有没有)slot，(有的话|有就)(帮我|直接|)"
         "book(一个|个){svc}"),
        # formal written register with 于
        ("q_formal_yu_01",
         "(烦请|劳烦|请)(为我|帮我)(预约|预订){time}于{store:short,named}的{svc}(，谢谢|。|)"),
        # talking to a passenger first, then the assistant
        ("q_passenger_01",
         "(老婆|宝贝|儿子|闺女|妈)，(咱们|我们){time}去{store:short,named}{svc:v}(吧|好不好|怎么样)？"
         "……(行|好|那就这么定了)，(小G，|)(帮我|)(约|订)(一下|上)"),
        # giving in to a passenger: 听你的
        ("q_tingni_01",
         "(行行行|好好好|行吧)，听你的，{time}(就|)去{svc:v}[，{store}]，(小G，|)(帮我|给我|)"
         "(约上|约一下)"),
        # book plus a reminder for it
        ("q_book_remind_01",
         "(帮我|)(约|订)(个|一个){time}的{svc}[，{store}]，(到时候|提前一点|前一天晚上)"
         "(提醒我一下|叫我一声|跟我说一声)"),
        # 老铁 slang
        ("q_laotie_01",
         "(老铁|兄弟|哥们儿)，{time}[{store:short}]{svc}(给整一个|整一个|来一个)，(稳|谢了|靠你了)"),
        # tired and busy, mood first
        ("q_tired_01",
         "(唉|哎呀|哎)，(这阵子|最近这段时间|这一天天的)(忙死了|累死了|忙得脚不沾地)，"
         "车(都|)顾不上(管|收拾)，{time}(帮我|)(约|订)个{svc}(算了|得了|吧)"),
        # asks itself where to go, answers, books
        ("q_where_self_01",
         "{time}(去哪|上哪儿|去哪家){svc:v}(好|合适)(呢|啊)……(算了，|嗯，|那就|那就去){store}吧，"
         "(帮我|就|)(约|订)(一下|那儿|那家)"),
        # a budget constraint
        ("q_budget_01",
         "(预算|价格|钱)(一百|两百|三百|一百五)(以内|之内)(就行|)，(约|订)(个|一个){svc}，"
         "{time}[，{store}]"),
        # north-eastern 埋汰 / 麻溜
        ("q_maitai_01",
         "(这车|车|我这车)埋汰(死了|得不行|得没法看了)，{time}(麻溜|赶紧)(整|弄)个{svc}(去|)，"
         "(你给我|帮我)约(一下|上)(呗|)"),
        # split time: only one free clock time that day
        ("q_time2_only_gap_01",
         "{time:day}(的话|)(我|)(只有|就){time2:clock}(有空|能走开|有时间|有个空档)，"
         "(那就|就)(约|订)那个点(吧|)，{svc}[，{store}]"),
        # split time: tell the store when I arrive
        ("q_time2_tell_arrival_01",
         "{time:day}{svc:v}，{store}，(跟他们说|告诉店里|让他们知道)(我|)(大概|估计|)"
         "{time2:clock}(到|过去|能到)"),
        # split time: the assistant arranges, preferably at a clock time
        ("q_time2_you_arrange_01",
         "{time:day}(的|){svc}，(具体|)几点(你|)(帮我|)看着(排|安排|办)，(最好|尽量|能的话)"
         "{time2:clock}(左右|前后|)[，{store}]"),
    ),
}

_ZH_UNK_4: dict[str, tuple[tuple[str, str], ...]] = {
    "unknown": (
        # --- 洗 / 预约 / 约 in senses that are not a car wash ------------------------------------
        ("q_appliance_timer_01",
         "{hi}(远程|)(帮我|)把家里的(洗衣机|洗碗机|扫地机器人|热水器|电饭煲)"
         "(定时|预约|定个时)(在|到|){time}(启动|开始工作|开机|打开)(吧|)"),
        ("q_photo_print_01",
         "(想|要|得)(洗几张|冲印几张|洗一套|打印几张)(照片|证件照|全家福|旅游的照片)，"
         "{place}(附近|那边|周边)(哪儿能洗|有没有冲印店|哪家能洗照片|有洗照片的地方吗)"),
        ("q_bath_house_01",
         "{time}(叫上|约上|带着)(几个哥们儿|老同学|我爸|同事)去(泡个澡|搓个澡|蒸个桑拿)，"
         "(看看|搜一下|找找){place}(附近|那边)哪家(洗浴中心|澡堂子|汗蒸馆)(评价好|人少|能过夜|干净点)"),
        ("q_brainwash_song_01",
         "(有没有|有啥|来点)(什么|)(洗脑|上头|抖音上很火)的(歌|神曲)，(放一首|来一首|随便放)(吧|)"
         "(，开车(提提神|别睡着了)|，我快困死了|)"),
        ("q_free_wash_rain_01",
         "(下这么大的雨|这雨下得|哎呀又下雨了)，(老天爷|老天)(免费|白|又)给我(洗车了|洗了个车|洗了一遍车)"
         "(哈哈|，省钱了|，挺好|，还省了三十块)"),
        ("q_homework_char_01",
         "(孩子问我|闺女问我|儿子问|小朋友问)，(洗车的'洗'|'洗'这个字|洗澡的洗)"
         "(怎么组词|是什么偏旁|笔顺怎么写|用英语怎么说)(啊|呀|)"),
        # --- Beijing driver admin: permits, lottery, finance ------------------------------------
        ("q_jinjingzheng_01",
         "(帮我|)(办|申请|续|续办)(一张|个|一下)进京证，{time}(要进京|得进五环|进城办事)"
         "(，外地牌照|，我是河北牌子|)"),
        ("q_plate_lottery_01",
         "(查一下|帮我看看|看下)(这期|这次|今年)(的|)(小客车|新能源|普通|)(摇号|指标)"
         "(结果出来了没|中了没有|我中了吗|啥时候出结果)"),
        ("q_card_perk_01",
         "(我的|)(信用卡|车险|加油卡|会员卡)(送的|里的|附带的)(免费洗车|洗车权益|洗车券|洗车次数)"
         "(怎么领|在哪儿领|怎么用|过期了没){qend}"),
        ("q_resale_value_01",
         "(我这车|我这台车|这辆车)(开了|跑了)(五年|三年多|十万公里|七八万公里)了，"
         "(现在|这会儿)(能卖多少钱|还值多少钱|卖二手能卖多少|估个价大概多少)"),
        # --- time, calendar and sky -------------------------------------------------------------
        ("q_timezone_01",
         "(我|)(跟|和)(美国|伦敦|国外|悉尼)(的客户|的同事|那边)约了北京时间{time}(开会|视频|通电话)，"
         "(那会儿|到时候)(他们那儿|那边)(是几点|是白天还是晚上|几点钟){qend}"),
        ("q_sunset_01",
         "(今天|明天|后天|这周六|下周日|周末)(几点|什么时候)(日落|天黑|太阳下山)[，(我想赶在天黑前到家|我想去拍日落|我得算算时间)]{qend}"),
        ("q_almanac_01",
         "(查查|看看|帮我看下)(黄历|老黄历)，{time:day}(宜不宜|适不适合|能不能)"
         "(出行|提车|搬家|开业|出远门|领证)"),
        ("q_air_quality_01",
         "{time:day}{place}(的|)(空气质量|PM2.5|雾霾|沙尘|花粉|紫外线)"
         "(怎么样|严不严重|高不高|大不大){qend}"),
        ("q_rain_window_01",
         "(明天|后天|周六|这周末|礼拜天)(上午和下午|白天和晚上|早上跟中午)(哪个时候|哪个时间段|哪会儿)"
         "(不下雨|雨小一点|天好一点)(，我想出去一趟|，我要出门办事|)"),
        ("q_umbrella_01",
         "{time}(出门|下车|从{place}出来)(要不要|用不用|需不需要)(带伞|穿厚点|带件外套){qend}"),
        ("q_terse_alarm_01",
         "(闹钟|叫醒|起床闹钟)(，| |){time}"),
        ("q_wake_me_01",
         "{time}(叫醒我|喊我起来|把我叫醒)(，别忘了|，别让我睡过了|，要赶飞机|)"),
        ("q_nap_wake_01",
         "(我|)(在车里|先)(眯一会儿|打个盹儿|睡一小会儿)，(半小时|二十分钟|四十分钟|一个钟头)(后|以后)"
         "(叫我|喊我|把我叫醒)(，空调别关|，音乐关了吧|)"),
        # --- messages, work, people --------------------------------------------------------------
        ("q_scheduled_msg_01",
         "(设个定时消息|定时发送)(：|，){time}(给|帮我给)(老板|领导|老婆|客户|我妈)发(条|个|)"
         "(微信|短信|消息)，(说|就说)(我请个假|生日快乐|合同已经发过去了|我晚点到)"),
        ("q_clock_in_01",
         "(我|)(快到|到|已经到)(公司|国贸|望京SOHO|中关村)了，(帮我|)(在钉钉上|在企业微信上|)"
         "(打个卡|打一下上班卡|补个卡)(吧|)"),
        ("q_vent_chat_01",
         "(今天|这几天|刚才)(被领导骂了|加班到半夜|堵了一个多小时|跟老婆吵了一架)，"
         "(心情不好|烦死了|好郁闷)，(陪我聊会儿|说点开心的|给我讲个笑话|安慰安慰我)(吧|)"),
        ("q_kid_story_01",
         "(孩子|宝宝|闺女|儿子)(在后座|)(闹得不行|睡不着|喊无聊|一直哭)，"
         "(给孩子|给娃|)(讲个|来个|放个)(故事|睡前故事|小猪佩奇的故事|恐龙的故事)(吧|)"),
        ("q_weekend_outing_01",
         "{time:day}(带孩子|带爸妈|跟老婆|一家人)去哪儿(玩|逛逛|转转)(好|比较好)，"
         "(别太远|不想排队|人少点的|能停车的)"),
        # --- the assistant and the car's settings -------------------------------------------
        ("q_repeat_01",
         "(你|)(刚才|刚刚)说(的|)(啥|什么)(？|，)(我|)没听清，(再说一遍|重复一下|说慢点)"),
        ("q_dismiss_01",
         "(好了|行了|没事了|可以了|知道了)，(你先休息吧|没你事了|先这样吧|拜拜|退下吧)"),
        ("q_voice_style_01",
         "(把|)(你的|)(声音|音色|播报声音)(换成|改成|切成)(男声|女声|萌娃|东北话|粤语|林志玲那种)"),
        # --- driving, roads, errands --------------------------------------------------------------
        ("q_parcel_stop_01",
         "(顺路|顺便)(去|到){place}(的|)(菜鸟驿站|快递柜|丰巢柜)(取个快递|拿个包裹|寄个东西)，"
         "(加个途经点|先导到那儿|把它设成第一站)"),
        ("q_drive_thru_01",
         "(前面|附近|这条路上)(有没有|哪有)(麦当劳|肯德基)(的|)(得来速|汽车餐厅)，"
         "(我|)(不想下车|就在车上)(买个|点个)(汉堡|咖啡|早餐)"),
        ("q_not_washing_nav_01",
         "(我|)去{store}不是(去|)洗车，是(去接个人|去取东西|找个朋友|去旁边办点事)，"
         "(导航到门口就行|把我带到门口就行|导到那儿就可以)"),
        ("q_road_control_01",
         "{time:day}(长安街|三环|{place}那边|机场高速|二环)(有没有|会不会)"
         "(交通管制|封路|施工|临时管控){qend}"),
        ("q_jam_why_01",
         "({place}那边|前面|这条路)(怎么|为啥|为什么)(这么堵|堵死了|一动不动)，"
         "(是不是|该不会是)(出事故了|有管制|在修路)(啊|)"),
        ("q_holiday_traffic_01",
         "(国庆|五一|春节|中秋)(回老家|出京|自驾去承德|去北戴河)，(哪天走|几号出发|什么时候走)"
         "(不堵|人少|比较顺){qend}"),
        # --- other bookings shaped like ours ------------------------------------------------------
        ("q_tourist_ticket_01",
         "{time:day}(故宫|颐和园|国博|环球影城|天坛)(的|)(门票|预约)(还有吗|还能约吗|好抢吗)，"
         "(帮我|)(抢|约|订)(两张|三张|一家三口的)"),
        ("q_class_slot_01",
         "{time}的(瑜伽课|私教课|动感单车|游泳课|普拉提)(还有名额吗|约满了没|能不能帮我抢一个)"),
        ("q_moving_01",
         "(帮我|)(找个|约个|叫个)搬家(公司|师傅|的车)，{time}(从{place}|)搬到"
         "(通州|回龙观|天通苑|大兴)"),
        ("q_carpool_driver_01",
         "{time}我(开车|要)从{place}去(天津|廊坊|燕郊|机场)，(帮我|)(发个|挂个)顺风车"
         "(，能捎两个人|，看有没有人拼|单)"),
        ("q_mixed_travel_01",
         "(帮我|)book(一个|个|一张){time}(去上海|飞深圳|到成都)的(flight|机票|航班|高铁票)"
         "(，window seat|，靠窗的|)"),
        # --- car-wash talk that is still not a booking -------------------------------------------
        ("q_roadside_wash_fine_01",
         "在(小区楼下|路边|马路边|河边)(自己|)洗车(会不会被罚款|违法吗|犯不犯法|罚多少钱){qend}"),
        ("q_water_usage_01",
         "(洗一次车|洗一辆车|自动洗车一次|人工洗一次)(大概|一般|)(要用|得用|费)多少(水|吨水|升水){qend}"),
        ("q_vehicle_fit_01",
         "(我这是|我开的是|我的车是)(电车|敞篷车|改装车|皮卡|加高的越野车)，"
         "{store:short}的(洗车机|自动洗车线|洗车房)(能进吗|进得去吗|能不能进|让不让进|进不进得去)"),
        ("q_prewash_tidy_01",
         "(去|)({svc:v}|洗车)之前(要不要|用不用|得不得)把(车里的东西|后备箱的东西|ETC卡|行车记录仪|手机支架)"
         "(拿出来|收拾一下|取下来){qend}"),
        ("q_store_amenity_01",
         "{store:short}(那边|)(有没有|带不带)(休息区|WiFi|卫生间|充电桩|免费咖啡|儿童游乐区)(啊|)"
         "(，等的时候能歇会儿吗|)"),
        ("q_store_background_01",
         "{store}(是直营还是加盟|是不是新开的|开了多少年了|是哪个品牌的){qend}"),
    ),
}

_ZH_CHANGE_4: dict[str, tuple[tuple[str, str], ...]] = {
    "cancel_booking": (
        # 既然…那就…
        ("q_cancel_since_then_01",
         "既然{time}(要下雨|有雨|要降温|刮大风|要出差|得加班|走不开)，(那|那就|就)(干脆|索性|)"
         "把(洗车|{svc}|那个预约|预约)(取消|退了|撤了)(吧|得了|)"),
        # idiom: treat it as if I never booked
        ("q_cancel_pretend_never_01",
         "{time}(那个|的)(洗车|{svc}|预约)(你|)(就当|权当|就当是)我没(约过|订过|说过)(吧|)"
         "[，(取消掉|撤了|退了就行|位置不用留了)]"),
        # terse command with a confirm word at the end
        ("q_cancel_cmd_confirm_01",
         "{hi}取消(预约|洗车预约)(：|，|)[{store:short}]{time}(，|)(确认|确定|确认取消|执行)"),
        # cancel, then report back to me
        ("q_cancel_then_notify_01",
         "(帮我|你|)把{time}(的|那个)(洗车|{svc}|预约)(取消|退)(掉|了)，"
         "(弄好了|办完了|取消完|完事)(给我|跟我)(说一声|回个话|发个短信|报一声)"),
        # regret right after booking
        ("q_cancel_regret_01",
         "(刚才|刚刚)(让你|叫你)(约|订)的(那个|){time}的(洗车|{svc})，我(反悔了|后悔了|又不想去了)，"
         "(取消|撤回来|退了)(吧|)"),
        # Northeastern colloquial
        ("q_cancel_northeast_01",
         "{time}(那|那个)(洗车|{svc})(咱|俺|)(不整了|整不了了|不去整了)，"
         "(给|你给|帮我给)(它|)(退|撤|取消)(喽|了吧|了)"),
        # southern sentence particles
        ("q_cancel_southern_01",
         "(那个|)[{store:short}]{time}的(洗车|{svc}|预约)(不要了啦|不去了啦|不用了咯)，"
         "(帮我|你帮我)(取消掉|退掉|取消)(咯|啦|哦|嘛)"),
        # don't keep the shop waiting
        ("q_cancel_shop_waiting_01",
         "{time}我(肯定|铁定|确定)(过不去|去不了)，(别让|省得|免得)(人家|店里|师傅)(白等|干等|空等)(着|)，"
         "(赶紧|先|)把(预约|号|{store:short}那个)(取消了|退了|撤了)"),
        # cancel now, rebook later (no new time)
        ("q_cancel_first_then_rebook_01",
         "(先|)把{time}(的|那个)(洗车|{svc}|预约)(取消|退)(了|掉)，(等|回头等)(我|)"
         "(忙完|出差回来|有空|这阵子过去)(了|)再(重新|另外|)(约|订)"),
        # "… right? cancel it"
        ("q_cancel_confirm_tag_01",
         "(我|){time}(在{store:short}|)(有|约了)(个|一个)(洗车|{svc})(对吧|是吧|没错吧)？"
         "(把它|给它|那个)(取消|退)(了|掉)(吧|)"),
        # verb first, then stacked 的-descriptors
        ("q_cancel_stacked_de_01",
         "(取消|撤销)(一下|)(预约|洗车预约|那个预约)，{time}的，{store:short}(那家的|那边的|的)[，{svc}]"),
        # English verb at the front
        ("q_cancel_mixed_front_01",
         "(帮我|你帮我|){fill}cancel(一下|掉|)(，| |){time}(的|那个)(洗车|{svc}|预约|booking)"),
        # a whole day's bookings
        ("q_cancel_whole_day_01",
         "{time:day}(所有的|全部的|一整天的)(洗车|)(预约|单子)(都|全|全都)(取消|退掉|清掉)(吧|)"),
        # 反正…干脆…算了
        ("q_cancel_fanzheng_01",
         "反正{time}(也|)(去不了|过不去|没空|抽不开身)，(干脆|索性|不如)(把|)"
         "(洗车|{svc}|预约|那个单子)(取消|退)了(算了|拉倒|吧)"),
        # urgent
        ("q_cancel_urgent_01",
         "(快快快|快点快点|赶紧赶紧)，(帮我|)把{store:short}[{time}](那个|的)(洗车|{svc}|预约)"
         "(取消|撤了|退了)，(要|)(来不及了|快到点了)"),
        # 撤个单 / 销个号, then which one
        ("q_cancel_chedan_01",
         "(帮我|给我|你|)(撤个单|销个号|退个号|销个单)，{time}{store:short}(那个|那单|的)[{svc}]"),
        # topic first, then a yes/no request
        ("q_cancel_topic_then_ask_01",
         "{time}{store:short}(那个|的)(洗车|{svc}|预约)(啊|哈|)，(能|可以)(帮我|给我|)"
         "(取消|退掉|撤了)(吗|不|么)(？|)"),
        # saying it again for the assistant
        ("q_cancel_repeat_again_01",
         "(我再说一遍|再说一遍啊|听清楚了|我重复一遍)，取消{time}[在{store:short}](的|那个)"
         "(洗车|{svc}|预约)(，不是(改时间|改期|重新约)|)"),
        # stop the navigation and cancel the booking too
        ("q_cancel_nav_too_01",
         "(不去{store:short}了|{store:short}不去了)，(导航|路线)(也|)(取消|关了|停了)(吧|)，"
         "(那边的|那个|)(洗车|{svc}|预约)(一起|也|顺便)(取消|退)(了|掉)"),
        # only this one, keep the rest
        ("q_cancel_only_one_01",
         "(只|就|)(取消|退)[{store:short}]{time}(那一个|那一单|的{svc})(就行|就好)，"
         "(其他的|别的|剩下的)(别动|不用动|都留着)"),
        # day taken by something else, clock booking can't be made
        ("q_cancel_time2_meeting_01",
         "{time:day}(临时|突然|)(有个会|要开会|要去医院|要带孩子打针|要见客户)，"
         "{time2:clock}(那个|的)(洗车|{svc}|预约)(肯定|估计|八成)(赶不上|去不成)了，"
         "(帮我|)(取消|退了|撤了)(吧|)"),
    ),
    "reschedule_booking": (
        # 改 + time, no 到
        ("q_resched_gai_bare_01",
         "(洗车|预约|那个{svc})((能|可以)改{time}(吗|不|么)|能不能改{time}(啊|呀|))(？|)"),
        # counter-proposal to a suggested time
        ("q_resched_counter_01",
         "(你说的|你给的|你推荐的)(那个|)时间(不行|不合适|我赶不上)，(洗车|预约)(改|挪)到{time}"
         "(呢|怎么样|行不行)(？|)"),
        # another plan moved, the wash follows
        ("q_resched_follow_01",
         "(我的|那个|)(会议|例会|饭局|出差|航班)(改期了|推迟了|提前了|挪了)，(洗车|预约|{svc})(也|)"
         "(跟着|顺着|一起)(挪|改|调)(一下|)(吧|)，(挪到|改到|调到){time}"),
        # the shop asked me to move
        ("q_resched_shop_asked_01",
         "(店里|{store:short}|师傅)(打电话|来电话|发消息)(说|讲){old}(排满了|人太多|设备检修|忙不过来)，"
         "(让我|问我能不能)(换个时间|改个时间)，(那|那就|行，)(改到|挪到|换成){time}(吧|)"),
        # keep the old slot free for something else
        ("q_resched_free_up_01",
         "{old}(我|)得(空出来|腾出来)(陪家里人|陪孩子|去趟医院|接我妈|办点事)，"
         "(洗车|预约|{svc})(放到|挪到|安排到){time}(去|)(吧|)"),
        # thinking aloud, then deciding
        ("q_resched_deliberate_01",
         "(嗯……|唔，|让我想想，|我想想啊，)(洗车|预约)(改到|挪到|换到){time}(好不好|行不行|合不合适)(呢|)"
         "……(行|好|嗯行|可以)，就(这么|这样)(定了|办吧|改吧)"),
        # impatient repetition
        ("q_resched_repeat_01",
         "(改改改|改吧改吧|挪挪挪|换换换)，(洗车|预约|)(就|)(改|挪|换)(到|成){time}(吧|)"
         "(，快点|，别磨蹭了|)"),
        # 拖 / 缓 until later
        ("q_resched_tuo_01",
         "(洗车|那个预约|{svc})(先|)(拖一拖|缓一缓|拖两天|缓两天|缓一下)(吧|)，(拖到|缓到|等到){time:day}(再说|再去|再弄)"),
        # already agreed with the shop, update the system
        ("q_resched_already_agreed_01",
         "(我|)(已经|刚)(跟|和)(店里|{store:short}|师傅)(说好了|打电话说好了|商量好了)，"
         "(改到|挪到|换到){time}，你(帮我|)(在系统里|在app上|在预约里|这边)(也|)(改一下|同步一下|更新一下)"),
        # calendar full, squeeze it in elsewhere
        ("q_resched_calendar_01",
         "(看了下|刚看了|翻了翻)(日历|日程|行程)，{old}(排满了|全是会|没空档|塞满了)，"
         "(把|)(洗车|预约|{svc})(塞到|插到|放到){time}(吧|)"),
        # rhetorical "when would I have time"
        ("q_resched_rhetorical_01",
         "{old}我(哪有空|哪有时间|哪顾得上|哪抽得开身)(啊|呀)，(洗车|预约|{svc})(改|挪|换)(到|成){time}(吧|得了)"),
        # formal written register
        ("q_resched_formal_zhi_01",
         "(烦请|请|劳烦)(将|把)(本人|我)(原定|原约|预约的){old}(的|)(洗车|{svc})(预约|服务|)"
         "(调整至|变更至|改期至){time}(，谢谢|，多谢|)"),
        # passing by the store then
        ("q_resched_passing_by_01",
         "{time}(我|)(正好|刚好|顺路)(路过|经过|要去){store}，(洗车|预约|那个{svc})(就|)"
         "(改到|挪到|换到)(那会儿|那个时候|那时候)(吧|)"),
        # settling for a less ideal time
        ("q_resched_settle_for_01",
         "(没办法|没辙了|那也只能这样了)，(洗车|预约|{svc})(就|)(将就|凑合)(一下|着)(改到|挪到){time}(吧|)"),
        # no rush
        ("q_resched_no_rush_01",
         "(洗车|{svc}|这个)(不着急|不急|不赶时间)，(晚几天|晚两天|往后放放)(也没事|也行|无所谓)，"
         "(就|)(改|挪|推)(到|成){time}(吧|)"),
        # Northeastern colloquial
        ("q_resched_northeast_01",
         "{old}那(洗车|{svc})(整不了了|去不了了|整不成了)，(给|你给|帮我给)(挪到|整到|调到){time}(呗|吧)"),
        # southern sentence particles
        ("q_resched_southern_01",
         "{old}(没空啦|去不了啦|有事情啦)，(洗车|预约|那个{svc})(帮我|你帮我|)(改到|换到|调到){time}(好了|咯|啦|嘛)"),
        # the earlier the better
        ("q_resched_asap_01",
         "(洗车|预约|{svc})(能往前挪就往前挪|能早就早点|越早越好)，(最好|比如|要不)(就|){time}(吧|)"),
        # code-mixed "slot"
        ("q_resched_mixed_slot_01",
         "(帮我|)把(洗车的|{svc}的|预约的|我的)(slot|time slot)(换到|改成|移到| move到){time}"),
        # asking whether it bothers the shop
        ("q_resched_ask_permission_01",
         "(能不能|可不可以)把(洗车|预约|{svc})(改到|挪到){time}(啊|)，"
         "(会不会给(店里|人家|师傅)添麻烦(啊|)|不会给(店里|人家|师傅)添麻烦吧)"),
        # choosing one of the offered slots
        ("q_resched_pick_offered_01",
         "(你刚才说的|刚才列的|屏幕上那几个)(时间|时段)里(面|)，{time}(那个|)(可以|行|合适)，"
         "(就|)(改到|换成|挪到|选)(那个|这个)(吧|)"),
        # ask for a few days' grace
        ("q_resched_grace_01",
         "(能不能|可不可以|能否)(跟店里说|帮我)(宽限|缓)(几天|一下|两天)，(洗车|预约|{svc})"
         "(推到|延到|放到){time:day}{qend}"),
        # stop the navigation, move the booking
        ("q_resched_nav_too_01",
         "(现在|这会儿)(不去|先不去){store:short}了，(导航|路线)(先|)(停了|关了|取消)(吧|)，"
         "(洗车|预约|那边的预约)(帮我|)(改到|挪到|换到){time}"),
        # self Q&A: which day? what time?
        ("q_resched_time2_selfqa_01",
         "(洗车|预约|{svc})改(一下|)：(哪天|日子)？{time:day}。(几点|钟点)？(就|){time2:clock}(吧|)。"),
        # day fixed, clock preferred if available
        ("q_resched_time2_prefer_01",
         "(洗车|预约|{svc})(挪到|改到|换到){time:day}，(要是|如果){time2:clock}(有位置|有空位|能约上)"
         "(最好|就最好了|最合适)"),
        # the day stays, only the clock changes
        ("q_resched_time2_clock_only_01",
         "(预约|洗车|{svc})(日子|那天)(还是|照旧是|不变，还是){time:day}，就是(钟点|时间|点儿)(得|要)(改|换)(一下|)，"
         "(改成|换成|挪到){time2:clock}"),
    ),
}

_ZH_QUERY_4: dict[str, tuple[tuple[str, str], ...]] = {
    "query_booking": (
        # wh-word as an attribute of the noun: "我几点的洗车？"
        ("q_wh_attr_np_01",
         "(我|)[{store:short}那边](是|)(几点|哪天|几号|礼拜几|周几)的(洗车|{svc})(来着|啊|呀|)(？|)"),
        # A-not-A verb: 约没约 / 订没订
        ("q_a_not_a_verb_01",
         "(我|)[{time}](在{store:short}|)(约没约|订没订)(洗车|{svc})(啊|来着|)(？|)"),
        # assertion + "or did I remember it wrong?"
        ("q_or_misremember_01",
         "我(那个|的)(洗车|{svc})(是|)((约在|订在|定在){time}|(约在|订在){store:short})(的|)(吧|)，"
         "还是我记(错|岔|混)了(？|)"),
        # did I miss it
        ("q_missed_it_01",
         "(糟了，|坏了，|哎呀，|){time}(的|那个)(洗车|{svc}|预约)(，|)(我|)是不是(已经|)"
         "(错过了|过点了|过号了|赶不上了)(？|)"),
        # check-in / verification code of the booking
        ("q_checkin_code_01",
         "(我|){time}[{store:short}](那个|的)(洗车|{svc})(的|)(核销码|到店码|取号码|验证码|二维码)"
         "(是多少|发我一下|给我调出来|在哪看)"),
        # slang status: 妥了没 / 怎么说
        ("q_slang_status_01",
         "(对了，|哎，|){time}(那个|那)(洗车|{svc})(的事儿|的事|)"
         "(妥了没|成了没|齐活了没|搞定没|稳了没|怎么说|有信儿了吗)"),
        # "the one I told you to book": done?
        ("q_told_you_to_book_01",
         "(我|)(之前|刚才|上回|)让你(约|订|帮我约)的(那个|)(洗车|{svc})[，{store:short}那边的]，"
         "(办好了没|办妥了吗|弄好了吗|落实了没有|有结果了吗)"),
        # rapid-fire questions about one day
        ("q_rapid_fire_01",
         "(我|){time:day}(的|那个)(洗车|预约)，(几点|几点钟)？(哪家店|在哪|哪个店)？"
         "(做啥|约的啥项目|什么项目)？"),
        # echo question after an answer: "you mean it's at ...?"
        ("q_echo_you_mean_01",
         "(你是说|你的意思是|所以说|也就是说)(我的|我那个|)(洗车|{svc}|预约)(是|)(约在|定在|在){time}"
         "(？|吗|啊)"),
        # are you sure, don't make me drive there for nothing
        ("q_sure_wasted_trip_01",
         "(你|)(确定|真的确定|百分百确定)(我|){time}(在{store:short}|)(的洗车|那个{svc}|)"
         "(约上了|订好了|有位置)(？|吗？|吗，|，)(别|可别|别到时候)(让我|)白跑一趟(啊|)"),
        # is that day my car-wash day
        ("q_is_it_my_day_01",
         "{time:day}是不是(我|)(约好|约了|约好了)去(洗车|{svc:v})的日子(来着|啊|)(？|)"),
        # did I book the wrong store / time
        ("q_booked_wrong_01",
         "(帮我看看，|你查查，|帮我瞅瞅，|)我{time}(那个|的)(洗车|{svc}|预约)(是不是|有没有)"
         "(约错|订错|弄错|搞错)(店|门店|时间|日子|)了(？|)"),
        # the confirmation message is gone, tell me again
        ("q_msg_lost_01",
         "(预约成功的|确认|洗车的)(短信|消息|通知)(我|)(不小心|手滑|)(删了|删掉了|找不着了)，"
         "(我那个|我的|那个)(洗车|{svc}|预约)(是|约的|约在)(几点|哪天|哪个店|什么时候)(来着|)，"
         "(再|)(告诉我|说)一(遍|下)"),
        # look it up by phone number / plate
        ("q_lookup_by_id_01",
         "(用|拿|按)(我的|我这个|)(手机号|车牌号|车牌|会员号|账号)(帮我|给我|)(查一下|查查|搜一下)"
         "(有没有|)(洗车|{svc}|)预约[，{time:day}的]"),
        # benefactive: did I book one for this car
        ("q_for_this_car_01",
         "(我|)[{time}]有没有给(这车|这台车|这辆车|我这车)(约|订|预约)(过|)(洗车|{svc})(啊|)(？|)"),
        # on the way after an errand, what time was it
        ("q_errand_then_01",
         "(待会|一会儿|等下)(接完孩子|开完会|下了班|吃完饭|送完人)(正好|顺路|顺便)(去|过去)"
         "[{store:short}](洗车|{svc:v})，(我|)(约的|订的)(是|)(几点|几点钟|哪家)(来着|啊|)"),
        # failure cause: is it because I didn't pay / confirm
        ("q_failure_cause_01",
         "(我|){time}(的|那个)(洗车|{svc}|预约)(没约上|没成功|没订上|显示失败)，是不是(因为|)(我|)"
         "(没付款|没点确认|没提交|没填车牌|手机号填错了)(啊|)(？|)"),
        # why did it turn into <time>
        ("q_why_became_01",
         "(我的|我那个)(洗车|{svc}|预约)(怎么|咋|为啥|为什么)"
         "((变成|成了|显示成){time}了|跑到{time}去了)(？|)"),
        # do I still need to go
        ("q_still_need_go_01",
         "我{time}还(要不要|用不用|需不需要|得不得)(去|跑一趟){store:short}(洗车|{svc:v})(啊|了|)(？|)"),
        # my slot hasn't been taken by someone else, has it
        ("q_slot_taken_01",
         "(我|){time}[{store:short}](的|那个)(洗车|{svc})(位置|号|名额)(不会|没)(被别人|被人|让别人)"
         "(占了|抢了|顶掉了)吧"),
        # I booked it but the store says there's nothing
        ("q_store_says_none_01",
         "(我|)(明明|记得)(约了|订了){time}的(洗车|{svc})，(店里|{store:short}那边|店员|前台)"
         "(说|却说|跟我说)(没有|查不到|没这个预约|没我的号)，(你|)(帮我|)(查查|看看|核实一下)"
         "(怎么回事|到底有没有|)"),
        # topic first: car wash, booked up to which day
        ("q_topic_booked_to_01",
         "(洗车|{svc})(这事儿|这个事|的事)(啊|)，(我|)(约到|排到|定到)(哪天|几号|什么时候|几点)(了|去了)"),
        # "I'd like to know ..."
        ("q_want_to_know_01",
         "(我想知道|我想了解一下|我想问一下|想问问)(我|)(在{store}|){time:day}(约的|订的|的)"
         "(洗车|{svc}|预约)(具体是|是|)(几点|什么时间|哪个时段)"),
        # formal 请问
        ("q_formal_qingwen_01",
         "{hi}请问(一下|)，(我|本人|)(预约|预订)的(洗车|{svc})(服务|)"
         "(具体时间是什么时候|具体是哪一天|门店是哪一家|在哪家门店)(呢|)(？|)"),
        # help me recall
        ("q_help_recall_01",
         "(帮我|你帮我|)(回忆|想)一下，(我|)[{time:day}](约了|订了|预约了)(什么|啥|哪些)(洗车|)"
         "(项目|服务|)(来着|)"),
        # yes/no, then "if so, when/where"
        ("q_have_then_detail_01",
         "我{time:day}有(洗车|{svc})(预约|)吗？(有的话|要是有的话)(，|)((是|)几点|在哪家|是哪家店|是几点的)(？|)"),
        # two-piece time: ask, then guess the clock as a fragment
        ("q_time2_ask_guess_01",
         "{time:day}(在|){store:short}(的|那个)(洗车|{svc}|预约)，(几点|几点钟)(来着|啊)？"
         "(是不是{time2:clock}|{time2:clock}吧|{time2:clock}？)"),
        # two-piece time: list of day, store, clock, then the question
        ("q_time2_list_01",
         "{time:day}(，| ){store:short}(，| ){time2:clock}(，| )"
         "(有我的预约吗|有没有我的号|是不是有我一个(洗车|{svc})|我是不是约了)"),
        # booked for real or only asked
        ("q_booked_or_asked_01",
         "(我|)(刚才|之前|上回)(到底|)是(约了|下单了|真约上了)[{store:short}的](洗车|{svc})，"
         "还是(只|就|)(问了问|查了一下|看了看)(价格|空位|)(啊|)(？|)"),
        # northern colloquial: 约的谁家
        ("q_colloq_shei_jia_01",
         "(我|){time:day}那(洗车|{svc})(约的谁家|订的谁家|在谁家|约哪儿了)(来着|啊|呀|)"),
        # is it almost time
        ("q_almost_time_01",
         "(我|)[{store:short}](那个|的)(洗车|{svc}|预约)是不是快到(点|时间)了(？|，(我|)得(出发|走)了吧)"),
        # a booking I don't remember making
        ("q_mystery_booking_01",
         "(怎么|咋)(多了|冒出来|跳出来)(一个|个){time}的(洗车|{svc})(预约|订单)，"
         "我(约过吗|有约过吗|什么时候约的)(？|)"),
        # a notification arrived: is it mine
        ("q_notice_mine_01",
         "(刚|刚刚)收到(一条|个)(洗车|{svc})(的|)(提醒|通知|短信)，说(是|){time}(在{store:short}|)，"
         "(是我约的吗|我约过吗|是真的吗)"),
        # code-mixed confirm / book上
        ("q_mixed_confirm_01",
         "(我|){time}(的|那个)(洗车|{svc}|预约)"
         "(confirm了没|confirm了吗|book上了没|book成功了吗|是不是confirmed了)"),
        # someone asked me, I couldn't answer, you check
        ("q_asked_by_family_01",
         "(我老婆|我媳妇|我爸|同事|我老公)问我(洗车|{svc})(约没约|约好了没|约在哪天)，"
         "我(也|都)(说不上来|记不清|答不上来)，(你|)(帮我|给我)(看看|查查)"),
        # the earliest of my bookings (最近 = recent, not a store)
        ("q_earliest_of_many_01",
         "(我的|我那几个)(洗车|)预约(里|里面|当中)(最早|最近|离现在最近)的(那个|一个)"
         "是(哪天|几点|哪家店)(来着|)"),
        # rhetorical 难道
        ("q_nandao_01",
         "(难道|莫非)(我|){time}(的|那个)(洗车|{svc})(没约上|没订成|被取消了)？"
         "(你|)(帮我|)(看看|查一下)"),
        # what did I pick when I booked
        ("q_picked_when_booking_01",
         "(我|)(约|订)(洗车|{svc})的时候(选的|挑的|定的)(是|)(哪个时间段|几点|哪家店|哪个店)(来着|啊|)"),
        # check first, so I don't book twice
        ("q_precheck_dup_01",
         "先(帮我|)(看看|查查)(我|){time}是不是已经(约过|订过|有)(洗车|{svc})了，"
         "(省得|免得)(重复约|约重了)"),
    ),
}

_EN_BOOK_4: dict[str, tuple[tuple[str, str], ...]] = {
    "book_car_wash": (
        # the driver hands the job over: "I'm gonna need you to ..."
        ("q_need_you_to_01",
         "{hi}I('m gonna| am going to|'ll|'m going to) need you to (book|set up|line up|schedule) "
         "{svc:a}[ at {store}] {time}{end}"),
        # a plan announced, then (maybe) the request
        ("q_planning_on_01",
         "(I'm|I am|so I'm) (planning on|thinking of|thinking about|looking at) "
         "(getting|booking|doing) {svc:a} {time}[ at {store}]"
         "(, can you book it|, so go ahead and book it|, set that up for me|, make that happen|)"),
        # Southern / street slang for "about to"
        ("q_tryna_01",
         "(I'm |)(tryna|finna|fixin' to|fixing to) (get|grab) {svc:a} {time}[ at {store}]"
         "(, hook it up|, can you book it|, book it real quick|, set it up for me|)"),
        # British: pop / stick / bung, "us" for "me"
        ("q_british_pop_01",
         "(could you|can you|would you) (pop|stick|bung) (us|me) (in|down) for {svc:a}"
         "[ at {store}] {time}(, cheers|, ta|, love|, mate|)"),
        # "<time> it is."
        ("q_time_it_is_01",
         "(right, |okay, |fine, |alright then, |)"
         "{time:bare} it is(,|.) {svc:a}[ at {store}](, book it|, lock it in|, go ahead|)"),
        # the driver reads the order back to confirm it
        ("q_so_thats_readback_01",
         "(so|okay so|alright so|just to be clear,) that's {svc:a}[ at {store}] {time}"
         "(, right|, correct|, yeah)? (go ahead|book it|great, book it|perfect, do it)"),
        # negative politeness: "I don't suppose ..."
        ("q_dont_suppose_01",
         "I don't suppose (you could|you'd be able to|there's any way you could) "
         "(book|get me|fit in|squeeze in) {svc:a}[ at {store}] {time}{qend}"),
        # an afterthought at the end of a drive
        ("q_before_i_forget_01",
         "(oh, |oh yeah, |)(before I forget|while I think of it|one more thing|last thing|"
         "while I remember)(,|:) (book|get me|schedule) {svc:a}[ at {store}] {time}{end}"),
        # a promise to someone else
        ("q_promised_01",
         "I (promised|told|swore to) (my wife|my husband|my dad|my boss|the kids|my girlfriend) "
         "I'd (get|book|sort out) {svc:a}[ at {store}] {time}(,|, so|.) "
         "(book it|make it happen|help me out|don't let me down)"),
        # "I forgot to book ..."
        ("q_forgot_to_book_01",
         "(oh no|shoot|dang|oops|crap|argh), I (forgot to book|never booked|didn't book) {svc:a}"
         "(,|!|.) (can you |could you |)(do it now|book one now|get me one|sort it) "
         "for {time:bare}[ at {store}]"),
        # "count me in"
        ("q_count_me_in_01",
         "(count me in|put me on the list|put my name down) for {svc:a}[ at {store}] {time}{end}"),
        # "make sure to book ..."
        ("q_make_sure_to_01",
         "(please |and |)make sure (to book|you book|you get me|you grab me) {svc:a}"
         "[ at {store}] (for {time:bare}|{time})(, okay|, alright|, yeah|)"),
        # a price question, waved away, then the request
        ("q_price_then_book_01",
         "(how much is|what's the price of|what do they charge for) {svc:a}[ at {store}]? "
         "(eh,|ah,|never mind,|whatever,|doesn't matter,|actually don't care,) (just |)"
         "(book|get me|grab me) one {time}"),
        # a duration question, waved away, then the request
        ("q_how_long_then_book_01",
         "how long (does|will|would) {svc:a} take? (whatever|doesn't matter|never mind|"
         "eh, who cares|you know what, forget it), (book me one|book me in|get me one) "
         "{time}[ at {store}]"),
        # low-pressure request
        ("q_when_you_get_chance_01",
         "(when you get a (chance|sec|second|minute)|whenever you can|no rush, but|"
         "no hurry, but)(,|) (book|set up|line up) {svc:a} (for me |)"
         "(for {time:bare}|{time})[ at {store}]"),
        # request plus what the driver will do while it happens
        ("q_ill_wait_01",
         "(book|get me|schedule) {svc:a}[ at {store}] {time}(, I'll wait (there|in the lounge|"
         "in the car)|, I'll just wait|, I'll drop the keys off|, I'll leave the keys at the desk|"
         ", I'll be dropping it off|. I'll hang around while they do it)"),
        # request plus how to pay
        ("q_payment_01",
         "(book|reserve|get me) {svc:a}[ at {store}] {time} and (put it on my card|"
         "charge my card on file|use my membership|use my points|use the coupon|"
         "bill it to the company|use the gift card)"),
        # "for then": the time is given by what the driver will be doing
        ("q_for_then_01",
         "I'll be (at the mall|at work|in a meeting|at the gym|shopping|at the movies|at lunch) "
         "{time}(,|, so|.) (book|get me|set up) {svc:a}[ at {store}] "
         "(for then|for that time|for while I'm busy|for the same time)"),
        # asks itself, answers itself
        ("q_self_dialogue_01",
         "(should I|do I|do I want to) (get|book|do) {svc:a}[ at {store}] {time}? "
         "(yeah|yes|sure|eh, why not|you know what, yeah)(,|.) (do it|book it|let's do it|go for it)"),
        # hypothetical: "if I came by ..., could they ...?"
        ("q_if_i_came_01",
         "if I (came|come|swung|swing|dropped) by [{store} ]{time}, (could|can|would) "
         "(you|they|someone) (fit me in for|do|squeeze in) {svc:a}"
         "(? book it if so|? if so, book it|{qend})"),
        # ability first: "I can make it to X at ..."
        ("q_can_make_it_to_01",
         "I can (make it to|get to|be at|get over to) {store} {time}(,|, so|.) "
         "(book me in for|sign me up for|put me down for|grab me) {svc:a}"),
        # routine
        ("q_that_time_again_01",
         "(it's that time again|it's that time of the month|guess it's that time again|"
         "here we go again)(,|.) (book|get) me {svc:a}[ at {store}] {time}{end}"),
        # "I was wondering if ..."
        ("q_wondering_if_01",
         "{hi}I was (just |)wondering (if|whether) (I could get|I could book|you could book me|"
         "you could get me|you could set me up with) {svc:a}[ at {store}] {time}{qend}"),
        # phone habit: talking to the car as if on the phone
        ("q_calling_to_book_01",
         "(hello,|hi,|yes, hi,|hi there,|) (I'm|I am|yeah I'm) calling (to book|to make a booking for|"
         "about booking|to set up|to get) {svc:a}[ at {store}] {time}{end}"),
        # a superlative on the service
        ("q_superlative_svc_01",
         "(book|get|find) me the (cheapest|quickest|best|fanciest|most basic) {svc}"
         "[ at {store}] (you can find |they've got |they have |){time}"),
        # "keep it simple" before the request
        ("q_keep_it_simple_01",
         "(no fuss|don't overthink it|keep it simple|nothing complicated), "
         "just {svc:a}[ at {store}] {time}(, book it|, please|, that's all|)"),
        # stated preference for the time
        ("q_prefer_time_01",
         "(I'd prefer|I'd rather|I prefer|my preference is) {time:bare} for {svc:a}[ at {store}]"
         "(, if you can book that|, book it if it's open|, if that's doable|, book it|)"),
        # "we" as the speaker
        ("q_we_need_01",
         "(we need|we're gonna need|we'll need|we should get|we oughta get) {svc:a} "
         "(for the family car |for the minivan |for the van |){time}[ at {store}]"
         "(, can you book it|, book it|, book one|)"),
        # "take care of booking ..."
        ("q_take_care_of_01",
         "(can you|could you|please|would you) (take care of|handle|deal with) "
         "(booking|the booking for|setting up) {svc:a}[ at {store}] {time}{qend}"),
        # dictation with thinking pauses between the pieces
        ("q_lets_see_dictation_01",
         "(book|get) me, (let's see|let me think|hmm|what was it), {svc:a}, (at|over at), "
         "(uh, |um, |er, |){store}, (and |)(uh, |um, |){time}"),
        # mood or craving
        ("q_in_the_mood_01",
         "(I'm in the mood for|I feel like|I could go for|I'm really feeling) {svc:a} {time}"
         "(,|.) (book it|set it up|line one up|get me one|book me one)[ at {store}]"),
        # the day given, the hour left open
        ("q_whole_day_open_01",
         "{svc:a}[ at {store}], (any time|anytime|whenever|whatever time) {time:day} "
         "(is fine|works|is good|is okay)(, just book something|, book whatever's open|"
         ", you pick|)"),
        # rising intonation, each piece a question
        ("q_question_list_01",
         "{svc:a}? {time:bare}?[ {store:bare}?] (can you do that|is that possible|can you book that|"
         "doable)(?|)"),
        # the app is not an option while driving
        ("q_cant_use_app_01",
         "(I can't use the app|I can't open the app|the app's not working|I can't get on my phone) "
         "(while I'm driving|right now|at the moment), (so |)(can you|could you|just) "
         "(book|set up) {svc:a}[ at {store}] {time}{qend}"),
        # an aside about the store in the middle
        ("q_store_aside_01",
         "(book|get) me {svc:a} at {store:named}(, the one I always go to|, my usual spot|"
         ", you know the one|, the usual place|, same as always), {time}"),
        # "guess what I need?"
        ("q_guess_what_01",
         "(guess what|you know what) (I need|the car needs|I'm getting)? {svc:a}[ at {store}]. "
         "{time}(, book it|, set it up|. make it happen|)"),
        # formal: "could I trouble you to ..."
        ("q_trouble_you_01",
         "(could|might|may) I trouble you to (book|arrange|reserve|schedule) {svc:a}"
         "[ at {store}] (for {time:bare}|{time})(, thank you|, many thanks|?|)"),
        # past-tense softener
        ("q_just_wanted_to_01",
         "(hi, |hey, |so |)I just wanted to (book|set up|get|grab) {svc:a}[ at {store}] "
         "{time}(, if that's okay|, if that works|, thanks|)"),
        # two pieces: "<day> is the day, <hour> is the time"
        ("q_time2_is_the_day_01",
         "{time:day,bare} is the day(,|.|, and) {time2:clock} is the time(,|.) {svc:a}"
         "[ at {store}](, book it|, lock it in|)"),
        # two pieces: asks about the day, then names the hour
        ("q_time2_day_good_then_01",
         "(is {time:day,bare} (good|okay|free|open)|would {time:day,bare} (work|be okay|be free)) "
         "for {svc:a}[ at {store}]? "
         "(then|great, then|cool,|if so,) (make it|book it for|put me down for|go with) "
         "{time2:clock}"),
    ),
}

_EN_UNK_4: dict[str, tuple[tuple[str, str], ...]] = {
    "unknown": (
        # --- facts about a day or a clock time: booking-looking times, no booking ---
        ("q_sun_times_01",
         "{hi}(what time is|when's|when is) (sunset|it getting dark|the sun going down) {time:day}{qend}"),
        ("q_time_until_01",
         "(how long|how much time) (is it |have I got |do we have |)(until|till) "
         "{time:day,bare}{qend}"),
        ("q_timezone_if_01",
         "(if it's|when it's) {time:bare} here, what time (is it|will it be) (in|over in) "
         "(New York|London|Tokyo|Sydney|LA|Berlin){qend}"),
        ("q_umbrella_01",
         "(should I|do I need to|do I have to) (bring|take|grab) (an umbrella|a jacket|a coat|"
         "sunglasses|gloves) {time:day}{qend}"),
        # --- car paperwork and bills ---
        ("q_insurance_expire_01",
         "(when does|when's) my (car insurance|insurance|registration|driver's license|"
         "parking permit|roadside assistance plan) (expire|run out|need renewing|come up for renewal)"
         "{qend}"),
        ("q_car_payment_01",
         "(when's|when is|how much is) my (next |)(car payment|loan payment|lease payment|"
         "parking fee|ETC bill)( due|){qend}"),
        # --- home and phone ---
        ("q_garage_gate_01",
         "(open|close|shut) the (garage door|garage|front gate|gate|community gate) "
         "(when I get home|when we're close|when we pull in|now|)"),
        ("q_say_again_01",
         "(sorry|pardon|what|huh|hang on)(,|) (what was that?|say that again( please|)|"
         "can you repeat that( please|)?|I didn't catch that|come again?|one more time( please|))"),
        ("q_read_messages_01",
         "(read|read me|read out) (my|the) (last|latest|new|unread) (message|messages|text|texts|"
         "email|emails)( from (my wife|John|my boss|mom)|)"),
        ("q_reply_msg_01",
         "(reply|respond|write back) to (John|my wife|mom|my boss|that message)(:|,| with) "
         "(running late|on my way|see you at {time:bare}|I'll call you back|sounds good|"
         "stuck in traffic)"),
        ("q_save_contact_01",
         "(save|add) (this number|the last caller|the number that just called|that number) "
         "(to my contacts |)as ({store}|the car wash|the mechanic|the dealership)"),
        # --- driving situation and route ---
        ("q_which_lane_01",
         "which lane (should I be in|do I need|do I take|is it) (for|to get to|to turn off for) "
         "{place}{qend}"),
        ("q_tired_rest_01",
         "I've been driving for (three|four|five|two and a half|like six) hours(,| and) I'm "
         "(getting sleepy|exhausted|beat|really tired), (find|where's|is there) "
         "(somewhere to rest|a place to nap|a coffee place|a hotel)( near here| nearby| ahead|)"),
        ("q_heads_up_hazard_01",
         "heads up(,|) (there's|I see|I just passed) (a police checkpoint|an accident|roadwork|"
         "a speed trap|a huge pothole|a broken-down truck) (near|at|on the way to|just before) "
         "{place}(, report it|, can you report it|, mark it on the map|)"),
        ("q_route_detail_01",
         "(explain|describe|walk me through|go over) the (route|directions|turns|next few turns)"
         "( to {place}|) (in (more |)detail|step by step|one more time)"),
        ("q_express_lane_01",
         "(take|use|stay in|get me into) the (express lane|express lanes|HOV lane|carpool lane)"
         "( to {place}| if it's faster| if there is one| the rest of the way|)"),
        ("q_make_it_by_01",
         "(can I|will I|are we going to|do you think I'll|do you think we'll) make it to {place} "
         "by {time:bare}( if I leave now| in this traffic| without speeding|){qend}"),
        ("q_when_leave_01",
         "what time (should I|do I need to|do I have to|do I) leave (to get to|to be at|to make it to) "
         "{place} by {time:bare}{qend}"),
        ("q_why_traffic_01",
         "(why is (traffic|the traffic|the ring road|this road)|how come (traffic|the ring road|"
         "this road) is) (always |)(so bad|so slow|jammed|backed up|crawling) "
         "(around|near|getting to|going into) {place}( right now| this time of day| on Fridays|)"
         "{qend}"),
        ("q_squeeze_stop_01",
         "(can we|could we|is there time to) (squeeze in|fit in|make) a (quick |)(stop|"
         "coffee break|bathroom break|stop for gas|stop at an ATM) (before we get to|"
         "on the way to) {place}{qend}"),
        ("q_swing_by_pickup_01",
         "(swing by|stop by|pull over at) {place} (and|to) (pick up|grab|get) (my colleague|John|"
         "my wife|the kids|my mom|the takeout) (first|on the way|before we head home|)"),
        # --- parking, tolls, fuel ---
        ("q_pay_parking_01",
         "(pay for|top up) (the|my) (parking|parking meter|parking spot) (at|near|by) {place} "
         "(for (an hour|two hours|the rest of the day|30 minutes)|with (WeChat|Alipay|my card))"),
        ("q_lot_full_01",
         "is the (parking lot|parking garage|car park|underground garage) (at|in|near) {place} "
         "(full|packed|still open|free to park) (right now|at the moment|{time})"),
        ("q_tolls_cost_01",
         "how much (are the tolls|will the tolls be|is it in tolls|am I going to pay in tolls) "
         "(to|on the way to|from here to|between here and) {place}{qend}"),
        ("q_fuel_price_01",
         "(what's|how much is) (gas|petrol|diesel|92|95 octane) (going for |per liter |"
         "these days |)(at the (gas |)station|at the pumps) (near|around|in) {place}{qend}"),
        # --- errands and plans that share booking words ---
        ("q_other_open_01",
         "is the (bank|pharmacy|post office|supermarket|hardware store|vet|flower shop) "
         "(near|by|around|over by) {place} open {time}{qend}"),
        ("q_arrive_remind_01",
         "when I (get to|arrive at|reach|pull into) {place}(,|) (remind me to|tell me to|"
         "don't let me forget to) (call mom|grab the dry cleaning|pick up the package|buy milk|"
         "text my boss|check the tire pressure)"),
        ("q_on_the_way_errand_01",
         "on the way (to|back from|home from) {place}(,|) (find|look for|stop at|take me past) "
         "(a pharmacy|an ATM|a flower shop|a bakery|a gas station|somewhere to get dumplings)"),
        ("q_just_booked_other_01",
         "I just (booked|got) (a flight|a hotel room|train tickets|concert tickets|"
         "a table at Haidilao|a massage appointment) for {time:bare}(,| so) (add it to my calendar|"
         "put it in my calendar|remind me the day before|block out my calendar)"),
        ("q_plans_worry_01",
         "(my|our) (wedding anniversary|daughter's birthday|parents' visit|business trip|"
         "mom's birthday) is {time:day}(,| and) I (haven't|still haven't|totally haven't) "
         "(planned anything|got a gift|booked a restaurant|sorted anything out)"
         "(, any ideas?|, help!|, what should I do?|)"),
        ("q_hotel_checkin_01",
         "what time is (check-in|check-out|breakfast) at (the|my|our) hotel( near {place}|) "
         "{time:day}{qend}"),
        ("q_table_terse_01",
         "(table for|hot pot for|dinner for|lunch for) (two|four|six|three), {time:bare}(,|) "
         "(near|around|somewhere near) {place}"),
        ("q_maint_terse_01",
         "(oil change|tire rotation|brake check|new tires|annual inspection|battery check)(,|) "
         "{time:bare}(,|) ({store:bare}|the dealership|the 4S shop|the garage|my mechanic)"),
        ("q_other_price_01",
         "(quick question|real quick|just wondering)(,|:) how much (does|would|will) "
         "(an oil change|a new set of tires|a tire rotation|a windshield repair|a paint touch-up|"
         "a new battery) (cost|run me|set me back)( around {place}| at the dealership|){qend}"),
        ("q_favor_lookup_01",
         "do me a favor(,| and) (look up|find|check|pull up) (the number for|the address of|"
         "directions to|the hours of) (the dentist|my kid's school|the nearest hospital|"
         "the pharmacy|the post office)( near {place}|)"),
        ("q_would_you_mind_01",
         "would you mind (turning (down|up|off) (the music|the AC|the heat|the volume)|"
         "(closing|opening|cracking) (the window|the sunroof|the back windows))"
         "( a bit| for a minute|){qend}"),
        ("q_wondering_parking_01",
         "I was (just |)wondering (if|whether) the (parking|parking lot|garage) (at|near|by) "
         "{place} (is free|costs anything|takes cards|is open overnight|has EV chargers)"),
        ("q_prescription_01",
         "(refill|pick up|order) my (prescription|meds|medication|allergy pills)"
         "( at the pharmacy near {place}| on the way home| {time}|)"),
        ("q_vet_trip_01",
         "(I have to|I need to|I gotta|remember I have to) (take|bring) the (dog|cat|puppy) to the "
         "(vet|groomer|dog park|pet hospital) {time}(, set a reminder|, what's the address|"
         ", how long does it take to get there|)"),
        ("q_school_out_01",
         "what time (does school|does my son's school|do the kids|does soccer practice|"
         "does piano class) (let out|finish|get out|end) {time:day}{qend}"),
        # --- car-wash topics that are not a booking action ---
        ("q_pay_at_store_01",
         "(pay for|pay|settle up for) (my|the) ({svc}|car wash|bill|tab) (at|over at) {store} "
         "(with|using) (WeChat Pay|Alipay|my credit card|my membership card|my points)"),
        ("q_stay_in_car_01",
         "(can|do|should) I (stay|sit|wait) in the car (during|while they do|for) {svc:a}"
         "[ at {store}]{qend}"),
        ("q_prep_before_01",
         "(do I need to|should I|do I have to) ((take out|remove) (the child seat|"
         "the floor mats|the dashcam|the phone mount)|clear out (my stuff|the trunk|the back seat)) "
         "before {svc:a}"
         "{qend}"),
        ("q_past_wash_story_01",
         "(so |ugh, |man, |)I (got|had) {svc:a} (at|over at) {store} (last week|yesterday|"
         "on the weekend|a few days ago) and (it already looks dirty again|the seats are still wet|"
         "there's still bird poop on the roof|they forgot the mirrors)"),
        ("q_water_restriction_01",
         "is (washing your car at home|washing cars on the street|car washing|hosing down your car) "
         "(allowed|banned|restricted|legal|okay) (in Beijing|during the drought|in this district|"
         "here)( right now| this week| these days|){qend}"),
    ),
}

_EN_CHANGE_4: dict[str, tuple[tuple[str, str], ...]] = {
    "cancel_booking": (
        # the order first, the reason after it
        ("q_cancel_because_01",
         "{hi}(cancel|drop|scrap) (my|the) (car wash|{svc}|booking|appointment)[ at {store}] {time}"
         "(,|) (because|since|'cause|cuz) (I'm flying out|my car's getting fixed|"
         "I'll be stuck at the office|it's supposed to snow|my in-laws are visiting|I sold the car)"),
        ("q_mind_cancelling_01",
         "(would you mind|do you mind|mind) (cancelling|canceling|calling off) "
         "(my|the|that) (car wash|{svc}|booking|appointment)[ at {store}] {time}{qend}"),
        ("q_appreciate_if_01",
         "I('d| would) (really |)(appreciate it|be grateful|be so grateful) if (you could|you would|"
         "you'd) cancel (my|the) (car wash|{svc}|booking|appointment|reservation)[ at {store}] {time}"
         "(, thank you|, dear|, thanks so much|)"),
        # two bookings on the same day: pick one by order
        ("q_two_bookings_01",
         "(I have|I've got|I got) two (car washes|bookings|appointments)[ at {store}] {time}"
         "(,|, so|. ) (cancel|drop|get rid of|scrap) the (later|earlier|second|first) one"),
        ("q_double_booked_01",
         "(looks like |I think |oops, |)I double(-| )booked (the car wash |my {svc} |)"
         "[at {store} ]{time}(,|, so|.) (cancel|get rid of|delete|drop) "
         "(the extra one|one of them|the duplicate|the second one)"),
        ("q_cancel_refund_01",
         "(cancel|call off|scrap) (my|the) (car wash|{svc}|booking|appointment)[ at {store}] {time} "
         "and (refund me|give me a refund|put the money back on my card|get me my money back|"
         "refund the deposit)"),
        ("q_find_and_cancel_01",
         "{pol} (look up|find|pull up|check) my (car wash |{svc} |)(booking|appointment|reservation)"
         "[ at {store}] {time} and (cancel|delete|remove|drop) it"),
        ("q_decided_against_01",
         "(I've|I have|I) decided (against|not to go with|not to bother with) (the|my) "
         "(car wash|{svc}|booking)[ at {store}] {time}(, so|,|.) "
         "(cancel it|please cancel it|take it off|you can cancel it)"),
        ("q_might_as_well_01",
         "(I doubt|I don't think|no way) I('ll| will| can) (make it to|get to|get over to) (my|the) "
         "(car wash|{svc}|appointment)[ at {store}] {time}(,|, so|...) "
         "(might as well|may as well|I might as well|probably best to|best to just) cancel it"),
        # self-repair: the first day is dropped, the corrected one identifies the booking
        ("q_self_correct_01",
         "(cancel|drop|scrap) my (car wash|{svc}|booking|appointment) {old:day,bare}(,|...) "
         "(sorry|no wait|wait no|oops)(,|) (I mean|I meant|make that) {time:day,bare}"),
        ("q_no_need_to_verb_01",
         "(so |looks like |guess |)I (won't need to|don't need to|don't have to|won't have to) "
         "{svc:v} {time} (after all|anymore)"
         "(, cancel the booking|, so cancel it|, scrap the appointment|)"),
        # the request first, the details in a second sentence
        ("q_intent_then_details_01",
         "(I'd like to|I need to|I want to|I have to) cancel(, please| please|)(.|,) "
         "(it's|it is|that's) (the|my) (car wash|{svc}|booking|appointment)[ at {store}] {time}"),
        ("q_wont_be_needing_01",
         "(I|we) (won't|will not) be needing (the|my|our|that) (car wash|{svc}|appointment|slot)"
         "[ at {store}] {time}(, you can cancel it|, go ahead and cancel|, so cancel it| after all)"),
        ("q_before_charged_01",
         "(quick|quickly|hurry)(,|) cancel (my|the) (car wash|{svc}|booking)[ at {store}] {time} "
         "before (they charge me|I get charged|it's too late|the cancellation window closes)"),
        ("q_and_notify_01",
         "cancel (my|the) (car wash|{svc}|booking|appointment) {time} and "
         "(let {store} know|tell {store} I'm not coming|give {store} a heads up)"),
        ("q_bear_with_me_01",
         "(bear with me|sorry, I'm not great with this|I'm not sure how this works|I'm new to this)"
         "(,|.|...) I (need|want|would like) to cancel (a booking|an appointment|a car wash|"
         "my {svc}|my car wash|my booking)"
         "[ at {store}] {time}"),
        ("q_has_to_go_01",
         "(the|my|that) (car wash|{svc}|booking|appointment)[ at {store}] {time} "
         "(has to go|is gonna have to go|needs to go|can go)(, sorry|, cancel it|, take it off|)"),
        # cancel one of several, keep the others
        ("q_just_this_one_01",
         "(cancel|drop|scrap) (just|only) the (one|car wash|{svc}|booking) (for|on) "
         "{time:day,bare}(,|, but|.) (keep|leave) the (others|rest|other ones)( as they are| alone|)"),
        ("q_rhetorical_01",
         "(do I really need|why did I even book|what was I thinking booking) "
         "(a car wash|{svc:a}|the car wash|the {svc}) {time}(?|...) (nah|nope|no|forget it)(,|) "
         "(cancel it|scrap it|get rid of it|cancel that)"),
        ("q_supposed_to_01",
         "I was (supposed to|meant to|gonna|going to) (get|bring the car in for|come in for) "
         "(the|my) (car wash|{svc})[ at {store}] {time}(,| but) (that's not happening|I can't now|"
         "something came up|work got crazy)(, so|.) (cancel it|please cancel|scratch it)"),
        ("q_also_01",
         "(oh and|oh, and|also|one more thing|and another thing)(,|) cancel (my|the) "
         "(car wash|{svc}|booking)[ at {store}] {time}( too|, too| as well|)"),
        # the time in two pieces
        ("q_time2_got_down_01",
         "(I've got|I have|I had) {time:day,bare} down for (the car wash|the {svc}|a booking)(,|) "
         "(at |around |){time2:clock} I (think|believe)(,|.) (cancel it|scrap it|take it off)"),
    ),
    "reschedule_booking": (
        # a declarative update, no verb of moving
        ("q_now_is_01",
         "(heads up|just so you know|quick update|fyi|update)(,|:|) (the|my) "
         "(car wash|{svc}|booking|appointment)[ at {store}] is (now|gonna be|going to be) {time}"
         "( instead|)"),
        ("q_all_bookings_01",
         "(move|shift|push) (all|both|all of) my (bookings|appointments|car washes) "
         "(from {old:bare} |{old} |)to {time:bare}{end}"),
        ("q_easier_if_01",
         "it('d| would) (be a lot easier|be much easier|be easier|work better|be better) "
         "(for me |)if (the|my) (car wash|{svc}|booking|appointment) (was|were|could be) {time}"
         "( instead|)(, can you change it|, can you move it|)"),
        # telegraphic, no verb
        ("q_terse_from_to_01",
         "(car wash|booking|appointment|{svc})(,|) {old:bare} (to|over to) {time:bare}( please|)"),
        ("q_too_late_to_change_01",
         "(is it too late to|is it still possible to|can I still|am I still able to) "
         "(change|move|switch|push) (my|the) (car wash|{svc}|booking|appointment)[ at {store}] "
         "to {time:bare}{qend}"),
        ("q_back_then_01",
         "I('m| am|'ll be) (back|home|back in town|free|off work) {time}(,| so) "
         "(let's|can we|could we|why don't we) (do the car wash|do my {svc}|move the booking to|"
         "push it to) then{qend}"),
        ("q_earliest_slot_01",
         "(move|switch|bump|put) (me|my booking|my car wash|my {svc}) (to|into) the "
         "(earliest|first|latest|last) (slot|opening|spot) "
         "(you have |you've got |available |open |){time:day}{end}"),
        ("q_everything_same_01",
         "(keep|leave) everything (else |)(the same|as is|as it is)(,|) (just|only) "
         "(change|move|switch) the (time|day|date) to {time:bare}"),
        ("q_change_when_01",
         "(can I|could I|I want to|I need to|I'd like to) change when (my|the) "
         "(car wash|{svc}|appointment|booking) is(,|.|...) {time:bare} "
         "(would be better|works better|is better for me|if possible|ideally)"),
        # self-repair: the first destination is dropped
        ("q_self_correct_01",
         "(move|push|switch|change) (my|the) (car wash|{svc}|booking|appointment) to {old:bare}"
         "(,|...) (no wait|wait no|sorry|hmm no)(,|) (make that|I mean|make it|let's do) {time:bare}"),
        ("q_come_back_01",
         "(the line's too long|it's packed here|they're slammed|the wait is crazy|"
         "there's a huge queue)(,|, so|.) (can I|I'll|let me|I'd rather) come back {time}"
         "( instead|)[ for my {svc}](, move my booking|, change the booking|, update my appointment|)"),
        ("q_has_to_move_01",
         "[(ugh|argh|oh no|great|oh man)(,|) (work again|the boss again|another meeting|"
         "the kids again)(.|,) ](the|my) (car wash|{svc}|booking) "
         "(has to|needs to|is gonna have to|will have to) (move|be moved|get moved|shift) "
         "to {time:bare}"),
        ("q_should_i_01",
         "(should I|maybe I should|I wonder if I should) (move|push|switch) (my|the) "
         "(car wash|{svc}|booking) to {time:bare}(?|...) (yeah|yes|yep|okay)(,|) "
         "(let's do that|do it|go ahead|let's do it)"),
        ("q_was_gonna_01",
         "I was (gonna|going to|planning to) (come in|bring the car in|do the car wash|"
         "get my {svc}) {old}(,| but) (now|actually) (I'm thinking|it's looking like|"
         "it'll have to be) {time}(, can you change it|, update it|, change the booking|)"),
        ("q_supposed_to_01",
         "I was supposed to (have|get|come in for) (the|my) (car wash|{svc})[ at {store}] {old}"
         "(,| but) (that's not gonna work|I got held up|my plans changed|work came up)(, so|.) "
         "(let's|can we|could you) (do|make it|move it to) {time:bare}( instead|){qend}"),
        ("q_better_make_it_01",
         "(better|we'd better|I'd better|probably better to|maybe better to) "
         "(make it|move it to|push it to|change it to) {time:bare}"
         "(, the car wash|, for the {svc}|, my booking I mean|)"),
        # thinking out loud, then agreeing with oneself
        ("q_lets_see_01",
         "(let's see|let me think|hmm, let me see|okay, let me think)(,|...) {time:bare}(?|...) "
         "(yeah|yep|ok|sure)(,|) (move it there|put it there|move my booking there|"
         "switch the car wash to that)"),
        ("q_extra_day_01",
         "(I need|I'll need|give me) (one more day|an extra day|a couple more days|"
         "another day or two|a bit more time)(,| so) (push|move|bump) "
         "(it|the car wash|my booking|my {svc}) to {time:bare}"),
        ("q_fee_then_go_01",
         "(is there a fee|does it cost extra|will I get charged|is there a charge) "
         "(to move|if I move) (my|the) (car wash|{svc}|booking) to {time:bare}? "
         "(if not,|no? then|if it's free,) (go ahead|do it|move it|then do it)"),
        ("q_rain_check_till_01",
         "(can I take|can I get|I'll have to take|I need to take|let's take) a rain check on (the|my) "
         "(car wash|{svc}|appointment) (till|until|til) {time:bare}"),
        ("q_whatever_time_01",
         "(move|push|switch) (my|the) (car wash|{svc}|booking) to {time:day,bare}(,|) "
         "(whatever time (you've got|is open|is free|works)|any time (works|is fine)|whenever works|"
         "any slot you have)"),
        ("q_better_than_01",
         "{time:bare} (is better than|beats|works better than) {old:bare} (for my|for the) "
         "(car wash|{svc}|booking)(, switch it|, can you switch it|, change it over|, move it|){end}"),
        ("q_while_at_it_01",
         "(while you're at it|and while you're at it|oh, and while you're at it)(,|) "
         "(move|push|shift) (my|the) (car wash|{svc}|booking)[ at {store}] to {time:bare}{end}"),
        # the time in two pieces
        ("q_time2_if_around_01",
         "(move|switch|push) (my|the) (car wash|{svc}|booking) to {time:day,bare} if "
         "(there's|you have|you've got) (a slot|something|anything|an opening) "
         "(around|at|near|close to) {time2:clock}(, otherwise leave it|, if not keep it|)"),
        ("q_time2_as_close_01",
         "(move|switch|shift|push) (it|me|my booking|the car wash|my {svc}) to {time:day,bare}(,|) "
         "as close to {time2:clock} as (possible|you can|you can get)"),
    ),
}

_EN_QUERY_4: dict[str, tuple[tuple[str, str], ...]] = {
    "query_booking": (
        # right dislocation: pronoun first, the booking named at the end
        ("q_right_dislocation_01",
         "{fill} (when|what time|what day) (is|was) it( again|), (my|the|that) (car wash|{svc})"
         "[ at {store}]{qend}"),
        # positive statement + negative tag, the booking as subject
        ("q_isnt_it_tag_01",
         "(so |and |)(my|the) (car wash|{svc}|booking)[ at {store}] is {time}, "
         "(isn't it|yeah|no|am I right){qend}"),
        # alternative question relative to another event of the day
        ("q_before_after_01",
         "is (my|the) (car wash|{svc}) {time:day} (before or after|earlier or later than) "
         "(lunch|work|my meeting|the school run|my shift){qend}"),
        # "is everything sorted for ..."
        ("q_everything_sorted_01",
         "(is everything|is it all|is that all) (sorted|squared away|in order|good to go|taken care of) "
         "(for|with) (my|the) (car wash|{svc})[ at {store}][ {time}]{qend}"),
        # plan question, then a yes/no follow-up with "doing"
        ("q_whats_the_plan_doing_01",
         "(what's the plan|what's happening|what are we doing) {time}(,|?) (am I|are we) (still |)"
         "(doing|getting) the (car wash|{svc})[ at {store}]{qend}"),
        # question first, the topic added as an afterthought
        ("q_afterthought_i_mean_01",
         "(where am I supposed to go|where do I need to be|what time do I need to be there|"
         "what time am I supposed to go) {time:day}{qend} "
         "(for the car wash|for my {svc}|the car wash thing), I mean"),
        # two coordinated imperatives: look and tell
        ("q_look_and_tell_01",
         "{pol} (look at|go through|check) my (bookings|schedule|appointments) and "
         "(tell me|let me know) (when|where|what time) (my|the) (car wash|{svc}) is[ {time:day}]"),
        # the day as the subject
        ("q_time_as_subject_01",
         "is {time:day,bare} (car wash day|the day I booked (the car wash|my {svc})|"
         "the day I'm getting the car (washed|cleaned))( or am I mixing it up|){qend}"),
        # reported speech of the assistant
        ("q_did_you_say_01",
         "(did you say|didn't you say|you told me|earlier you said) (my|the) "
         "(car wash|{svc}|booking)[ at {store}] (was|is|would be) {time}{qend}"),
        # "I've lost track, is it ...?"
        ("q_lost_track_01",
         "I('ve| have) (completely |totally |kind of |)lost track(,| of the days,| honestly,) "
         "(is|was) (my|the) (car wash|{svc}) {time}[ at {store}]{qend}"),
        # the car as possessor
        ("q_car_possessive_01",
         "(what time is|when is|when's|where is) the car's (wash|{svc}|appointment|booking)"
         "[ {time:day}]{qend}"),
        # "am I right in thinking ..."
        ("q_am_i_right_01",
         "am I right (in thinking|that|to think) (my|the) (car wash|{svc}|booking)[ at {store}] "
         "is {time}{qend}"),
        # "correct me if I'm wrong, but ..."
        ("q_correct_me_01",
         "correct me if I'm wrong(,|) but (my|the) (car wash|{svc}|booking) is {time}"
         "[ at {store}](, yeah|, right|){qend}"),
        # topic opener "what about X?", then a short question
        ("q_what_about_topic_01",
         "(what about|how about|and) (my|the) (car wash|{svc})[ at {store}]{qend} "
         "(when's that|what time's that|is that still on|is that still {time:bare}){qend}"),
        # "last time I checked ..."
        ("q_last_i_checked_01",
         "last (time I checked|I heard|I looked), (my|the) (car wash|{svc}) was {time}"
         "[ at {store}](, is that still (right|the case|correct)|, still true)?"),
        # "... and if so, when?"
        ("q_and_if_so_01",
         "(do I have|have I got|is there) (a car wash|{svc:a}|a car wash appointment) "
         "(booked|lined up|scheduled)[ at {store}](,|) (and |)if so(,|) "
         "(when|what time|what day|for when){qend}"),
        # hope statement as an indirect question
        ("q_hope_still_on_01",
         "(I hope|hopefully|fingers crossed) (my|the) (car wash|{svc}|booking)[ at {store}] {time} "
         "(is still on|didn't get cancelled|still stands|actually went through)(, can you check|)"),
        # worry statement as an indirect question
        ("q_worried_01",
         "I'm (worried|afraid|a bit worried|kind of scared) (my|the) (car wash|{svc}) "
         "(booking |reservation |)[at {store} ]{time} (didn't go through|didn't save|got lost|"
         "fell through)(, can you check|, can you take a look|, could you look into it|)"),
        # surprised echo
        ("q_surprise_echo_01",
         "(wait|hold on|huh|hang on)(,|) I('ve got| have| got) (a car wash|{svc:a}|a booking) {time}? "
         "(since when|when did I book that|I don't remember booking that)(?|)"),
        # "is my name down for ..."
        ("q_name_down_01",
         "is my name (down|written down|in the book|pencilled in) for "
         "(a car wash|{svc:a}|the car wash)[ at {store}] {time}{qend}"),
        # arrived at the store, "here"
        ("q_pulled_in_here_01",
         "(I just pulled into|I'm pulling into|I just got to|I'm outside|I'm parked at) {store}(,|.) "
         "(do I have a booking here|am I booked in here|what time's my slot here|am I early|"
         "is it time for my {svc} yet){qend}"),
        # slang: "still a thing, or nah?"
        ("q_still_a_thing_01",
         "(yo|so|yo so|ok) (the|my) (car wash|{svc}) {time}, (is that|is it|that) still a thing"
         "(, or nah| or what|){qend}"),
        # double genitive "that X of mine"
        ("q_of_mine_01",
         "(when's|what time's|when is|what day is) that (car wash|{svc}) of mine[ at {store}]"
         "( again|){qend}"),
        # telling someone else about my own booking
        ("q_tell_partner_01",
         "I (need to|have to|gotta|promised to) tell (my wife|my husband|my boss|my partner|the kids) "
         "(what time|when|where) my (car wash|{svc}) is[ {time:day}](,|.) "
         "(can you check|what was it again|remind me)"),
        # busy day as context, then the question
        ("q_packed_day_01",
         "I('ve got| have) a (packed|busy|crazy|long) day {time:day}(,|.) "
         "(what time's|when's|when is|what time is) the (car wash|{svc})( again|)[ at {store}]{qend}"),
        # "which slot did I end up with"
        ("q_which_slot_ended_up_01",
         "(which|what) (slot|time slot|time) did I (end up with|end up booking|land|get) "
         "for (the|my) (car wash|{svc})[ at {store}][ {time:day}]{qend}"),
        # "we" taking the car in, the car's own wash
        ("q_we_taking_car_01",
         "(when|what time|what day) are we (taking the car in|bringing the car in|"
         "dropping the car off|taking the car) "
         "for (the|its) (wash|{svc}|car wash)[ at {store}]{qend}"),
        # past intention "was I going to ..."
        ("q_was_going_to_svc_01",
         "(what time|when|where|what day) was I (going to|gonna|planning to) {svc:v}"
         "( again|){qend}"),
        # doubting the assistant
        ("q_are_you_sure_01",
         "are you sure (my|the) (car wash|{svc}|booking) is {time}[ at {store}]{qend}"
         "( can you check again| I thought it was a different day| I had it down differently|)"),
        # free time as context: "do I already have X then?"
        ("q_free_then_01",
         "(I'm off|I'm free|I've got nothing on|I'm not working) {time:day}(,|.) "
         "(did I already book|do I already have|have I already got) (a car wash|{svc:a}) "
         "(then|for then|that day){qend}"),
        # wh-question with a trailing purpose clause
        ("q_purpose_trailing_01",
         "(when's|what time's|what day is|when is) (my|the) (car wash|{svc})[ at {store}], "
         "(so I can put it in my calendar|I need to plan around it|I don't want to forget)"),
        # apologetic preface with "but"
        ("q_sorry_to_bother_01",
         "(sorry to bother you|sorry to ask again|I know I asked already|sorry, me again)(,|) "
         "but (when|what time|where|which store) (was|is) my (car wash|{svc})[ {time:day}]"
         "( again|){qend}"),
        # rambling: booked a while back, can't remember
        ("q_ramble_a_while_back_01",
         "{fill} I booked (one of those car washes|a car wash|that {svc}|a wash) "
         "(the other day|a while back|a few days ago|earlier)[, at {store} I think,] "
         "and (now |)I (can't for the life of me|just can't|honestly can't) remember "
         "(when|what day|what time) it is"),
        # split time: fronted "for <day>", clock at the end
        ("q_time2_fronted_for_01",
         "(so |)for {time:day,bare}(,|) I'm (down|booked in|set) for the (car wash|{svc}) "
         "at {time2:clock}(, yeah|, right|, correct){qend}"),
        # split time: read back day, store, clock
        ("q_time2_readback_01",
         "(so |)(just to be sure|let me get this right)(,|:) {time:day,bare}(,|) {store:bare}(,|) "
         "{time2:clock}(,|) (that's|is that) (my|the) (car wash|{svc})(, right|, correct|){qend}"),
        # split time: "pretty sure it's at 3"
        ("q_time2_pretty_sure_01",
         "(my|the) (car wash|{svc}) {time:day}, I'm (pretty sure|fairly sure|almost certain) "
         "it's (at|around) {time2:clock}(, can you confirm|, can you check|, yeah|){qend}"),
        # day known, exact time asked
        ("q_sometime_exactly_01",
         "I('ve got| have) (a car wash|{svc:a})[ at {store}] (sometime|at some point) {time:day}"
         "(,|) (but |)what time exactly{qend}"),
        # future "going to be at"
        ("q_going_to_be_at_01",
         "(is (my|the) (car wash|{svc}) (going to|gonna) be|will (my|the) (car wash|{svc}) be) "
         "(at|done at) {store}[ {time}]{qend}"),
        # ASR-ish terse: noun, then wh-word
        ("q_asr_svc_when_01",
         "(my |)(car wash|{svc}) (booking |appointment |)(when|what time|where)[ {time:day,bare}]"),
        # ASR-ish terse: day first, one status word
        ("q_asr_time_first_01",
         "{time:day,bare} {svc}[ {store:bare}] (confirmed|booked|still on|all set){qend}"),
        # colloquial stranded "at"
        ("q_where_at_01",
         "(where's|where is) (my|the) (car wash|{svc}) at[ {time:day}]{qend}"),
        # "jog my memory"
        ("q_jog_memory_01",
         "(jog my memory|refresh my memory|help me out here)(,|:) (when's|what time's|what day's) "
         "(my|the) (car wash|{svc})[ at {store}]{qend}"),
        # existential negative + tag
        ("q_there_is_no_tag_01",
         "(there's no|there isn't any) (car wash|{svc}|booking) (booked|scheduled|lined up) for me"
         "[ at {store}] {time}, is there{qend}"),
    ),
}


def _merge(*tables: dict) -> dict[str, tuple[tuple[str, str], ...]]:
    merged: dict[str, tuple[tuple[str, str], ...]] = {}
    for table in tables:
        for intent, fams in table.items():
            merged[intent] = merged.get(intent, ()) + tuple(fams)
    return merged


ZH = _merge(
    _ZH_BOOK_UNK, _ZH_MANAGE, _ZH_BOOK_UNK_2, _ZH_MANAGE_2,
    _ZH_BOOK_3, _ZH_UNK_3, _ZH_CHANGE_3, _ZH_QUERY_3,
)
EN = _merge(
    _EN_BOOK_UNK, _EN_MANAGE, _EN_BOOK_UNK_2, _EN_MANAGE_2,
    _EN_BOOK_3, _EN_UNK_3, _EN_CHANGE_3, _EN_QUERY_3,
)
# The fourth round is held back from the generator's families: trained into the GLM, it measured
# no gain at this model size (docs/model.md, "Families from further authors") and cost 90 s more
# training. The lexical intent prior trains on it (datagen.HELD_BACK_FAMILIES); tests keep its
# templates valid.
HELD_BACK_ZH = _merge(_ZH_BOOK_4, _ZH_UNK_4, _ZH_CHANGE_4, _ZH_QUERY_4)
HELD_BACK_EN = _merge(_EN_BOOK_4, _EN_UNK_4, _EN_CHANGE_4, _EN_QUERY_4)
