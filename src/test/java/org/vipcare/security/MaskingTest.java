package org.vipcare.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void numbersKeepTheirEnds() {
        assertEquals("138****1234", Masking.phone("13800001234"));
        assertEquals("110***********1234", Masking.idNumber("110101198001011234"));
    }

    @Test
    void anEmailKeepsItsFirstCharacterAndDomain() {
        assertEquals("l***@example.com", Masking.email("li.na@example.com"));
        assertEquals("a***@b.cn", Masking.email("a@b.cn"));
        assertEquals("no****mail", Masking.email("no-at-mail"));
        assertNull(Masking.email(null));
    }

    @Test
    void anAddressKeepsItsDistrictAndWhatLiesAbove() {
        assertEquals("北京市朝阳区", Masking.district("北京市朝阳区建国路88号3号楼1203室"));
        assertEquals("上海市浦东新区", Masking.district("上海市浦东新区张江路1号"));
        assertEquals("浙江省杭州市西湖区", Masking.district("浙江省杭州市西湖区文三路20号"));
        assertEquals("江苏省昆山市", Masking.district("江苏省昆山市前进路5号"));
        assertEquals("河北省平山县", Masking.district("河北省平山县中山路2号"));
        assertEquals("Chaoyang District, Beijing",
                Masking.district("Room 1203, Building 3, 88 Jianguo Road, Chaoyang District, Beijing"));
        assertEquals("Beijing", Masking.district("Floor 3, 88 Jianguo Road, Beijing"));
        assertNull(Masking.district("88 Jianguo Road"));
    }
}
